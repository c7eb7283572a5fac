package org.forecourt.core.impl.internal.db;

import java.util.List;

import org.forecourt.persistence.MigrationSource;
import org.forecourt.persistence.UnitDefinition;

/** The core's persistence unit: its name, entities and where its migrations are. */
public final class CoreUnit {

    public static final String NAME = "core";

    /** Folder of the Flyway-named scripts, in the bundle and on the test class path. */
    public static final String MIGRATIONS = "db/core";

    public static final List<Class<?>> ENTITIES = List.of(BrandEntity.class, StoreEntity.class, UserEntity.class,
            CredentialEntity.class, PermissionEntity.class, RoleGrantEntity.class, ApiKeyEntity.class);

    private CoreUnit() {
    }

    public static UnitDefinition definition(MigrationSource migrations) {
        return new UnitDefinition(NAME, CoreUnit.class.getClassLoader(), ENTITIES, migrations);
    }
}
