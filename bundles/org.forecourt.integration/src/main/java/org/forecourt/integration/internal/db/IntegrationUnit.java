package org.forecourt.integration.internal.db;

import java.util.List;

import org.forecourt.persistence.MigrationSource;
import org.forecourt.persistence.UnitDefinition;

/** The {@code integration} persistence unit: its entities and where its migrations are. */
public final class IntegrationUnit {

    public static final String NAME = "integration";

    /** Folder of the Flyway-named scripts, in the bundle and on the test class path. */
    public static final String MIGRATIONS = "db/integration";

    /** The scripts by name, for class path use (tests). */
    public static final String[] SCRIPTS = {"V1__dead_letters_idempotency_routes.sql"};

    public static final List<Class<?>> ENTITIES = List.of(DeadLetterEntity.class, IdempotentKeyEntity.class,
            RouteStateEntity.class);

    private IntegrationUnit() {
    }

    public static UnitDefinition definition(MigrationSource migrations) {
        return new UnitDefinition(NAME, IntegrationUnit.class.getClassLoader(), ENTITIES, migrations);
    }
}
