package org.forecourt.persistence;

import java.util.List;

/**
 * The SQL migration scripts of one unit, Flyway-named ({@code V1__customers.sql}, {@code V2__...}). Scripts may use
 * the placeholders {@code ${clob}}, {@code ${blob}} and {@code ${now}}, replaced per database.
 */
@FunctionalInterface
public interface MigrationSource {

    /** A script: its file name (e.g. {@code V1__init.sql}) and its text. */
    record Script(String fileName, String sql) {
    }

    List<Script> scripts();
}
