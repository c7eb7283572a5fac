package org.forecourt.persistence;

import java.util.List;

/**
 * The SQL migration scripts of one unit, Flyway-named ({@code V1__customers.sql}, {@code V2__...}), applied once
 * each and recorded in the unit's own history table {@code fc_schema_<unit>}. Scripts may use the placeholders
 * {@code ${clob}} (Derby CLOB, PostgreSQL TEXT), {@code ${blob}} (BLOB, BYTEA) and {@code ${now}} (the current
 * time: on PostgreSQL {@code CURRENT_TIMESTAMP AT TIME ZONE 'UTC'}; on Derby {@code CURRENT_TIMESTAMP}, which is
 * the JVM's local time since Derby has no time zone functions, so set times from Java where it matters). Write
 * the rest in the SQL both databases share. See {@link BundleMigrations} and {@link ClasspathMigrations}.
 */
@FunctionalInterface
public interface MigrationSource {

    /** A script: its file name (e.g. {@code V1__init.sql}) and its text. */
    record Script(String fileName, String sql) {
    }

    List<Script> scripts();
}
