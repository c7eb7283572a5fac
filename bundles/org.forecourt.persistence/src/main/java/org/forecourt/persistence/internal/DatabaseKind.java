package org.forecourt.persistence.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.forecourt.persistence.PersistenceSetupException;

/** The databases the platform runs on, with what differs between them. */
enum DatabaseKind {
    DERBY("derby", UtcTimestamps.Derby.class.getName(),
            Map.of("clob", "CLOB", "blob", "BLOB", "now", "CURRENT_TIMESTAMP")),
    POSTGRESQL("postgresql", UtcTimestamps.Postgres.class.getName(),
            Map.of("clob", "TEXT", "blob", "BYTEA", "now", "(CURRENT_TIMESTAMP AT TIME ZONE 'UTC')"));

    final String id;
    /** EclipseLink's {@code eclipselink.target-database} value: its platform with UTC instants. */
    final String eclipseLinkPlatform;
    /** Flyway placeholders for migration scripts. */
    final Map<String, String> placeholders;

    DatabaseKind(String id, String eclipseLinkPlatform, Map<String, String> placeholders) {
        this.id = id;
        this.eclipseLinkPlatform = eclipseLinkPlatform;
        this.placeholders = placeholders;
    }

    static DatabaseKind of(DataSource dataSource) {
        String product;
        try (Connection c = dataSource.getConnection()) {
            product = c.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new PersistenceSetupException("Database unreachable: " + e.getMessage(), e);
        }
        String p = product == null ? "" : product.toLowerCase(Locale.ROOT);
        if (p.contains("derby")) {
            return DERBY;
        }
        if (p.contains("postgres")) {
            return POSTGRESQL;
        }
        throw new PersistenceSetupException("Unsupported database: " + product + " (Derby and PostgreSQL are)");
    }
}
