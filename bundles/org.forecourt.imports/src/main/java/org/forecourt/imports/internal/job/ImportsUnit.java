package org.forecourt.imports.internal.job;

import java.util.List;

import org.forecourt.persistence.ClasspathMigrations;
import org.forecourt.persistence.UnitDefinition;

/**
 * The persistence unit {@code imports}: jobs and rejected rows, migrations under {@code db/imports/} read by name
 * through the bundle's class loader (no folder scanning).
 */
public final class ImportsUnit {

    public static final String NAME = "imports";
    static final String LOCATION = "db/imports";

    /** Every migration, in order (a test checks the list matches the folder). */
    public static final List<String> SCRIPTS = List.of("V1__import_jobs.sql", "V2__rejection_row_text.sql");

    public static final List<Class<?>> ENTITIES = List.of(ImportJobEntity.class, RejectionEntity.class);

    private ImportsUnit() {
    }

    public static UnitDefinition definition(ClassLoader loader) {
        return new UnitDefinition(NAME, loader, ENTITIES,
                ClasspathMigrations.of(loader, LOCATION, SCRIPTS.toArray(String[]::new)));
    }
}
