package org.forecourt.core.impl.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.apache.derby.jdbc.BasicEmbeddedDataSource40;
import org.forecourt.persistence.Jpa;
import org.forecourt.persistence.internal.PersistenceEngine;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A real database for tests (the persistence bundle's pattern): embedded Derby in a temporary folder, or
 * PostgreSQL when {@code FORECOURT_TEST_PG_URL} is set. Every test gets an empty schema of its own.
 */
public abstract class TestDatabase implements AutoCloseable {

    private static final AtomicInteger SCHEMAS = new AtomicInteger();

    /** The PostgreSQL URL from the system property or environment variable, or null. */
    public static String postgresUrl() {
        String url = System.getProperty("FORECOURT_TEST_PG_URL");
        if (url == null || url.isBlank()) {
            url = System.getenv("FORECOURT_TEST_PG_URL");
        }
        return url == null || url.isBlank() ? null : url;
    }

    /** A new, empty schema (the connection's current schema). */
    public abstract DataSource freshSchema();

    /** The core unit migrated and opened once on a schema shared by the tests of this database. */
    public record Shared(DataSource dataSource, PersistenceEngine engine, Jpa jpa) {
    }

    private Shared shared;

    public synchronized Shared shared() {
        if (shared == null) {
            DataSource ds = freshSchema();
            PersistenceEngine engine = new PersistenceEngine(ds);
            shared = new Shared(ds, engine, engine.open(Fixture.definition()));
        }
        return shared;
    }

    /** Tables of the core unit, children first. */
    private static final List<String> TABLES = List.of("fc_api_key_permission", "fc_api_key_store", "fc_api_key",
            "fc_role_permission", "fc_permission", "fc_user_credential", "fc_user_membership", "fc_user", "fc_store",
            "fc_brand");

    /** Empties the shared schema's core tables: every test starts from an empty database. */
    public static void wipe(DataSource ds) {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            for (String table : TABLES) {
                s.executeUpdate("DELETE FROM " + table);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot empty the test schema: " + e.getMessage(), e);
        }
    }

    protected synchronized void closeShared() {
        if (shared != null) {
            try {
                shared.jpa().close();
            } finally {
                shared.engine().close();
                shared = null;
            }
        }
    }

    public abstract String kind();

    static String schemaName() {
        return "fcc" + ProcessHandle.current().pid() + "x" + SCHEMAS.incrementAndGet();
    }

    static void exec(DataSource ds, String sql) {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    @Override
    public abstract void close();

    public static final class Derby extends TestDatabase {
        private final String path;

        public Derby(Path dir) {
            this.path = dir.resolve("db").toString();
        }

        @Override
        public String kind() {
            return "derby";
        }

        @Override
        public DataSource freshSchema() {
            String schema = schemaName().toUpperCase(Locale.ROOT);
            BasicEmbeddedDataSource40 admin = new BasicEmbeddedDataSource40();
            admin.setDatabaseName(path);
            admin.setCreateDatabase("create");
            exec(admin, "CREATE SCHEMA " + schema);
            BasicEmbeddedDataSource40 ds = new BasicEmbeddedDataSource40();
            ds.setDatabaseName(path);
            ds.setUser(schema); // Derby's current schema is the user's name
            return ds;
        }

        @Override
        public void close() {
            closeShared();
            try {
                new org.apache.derby.jdbc.EmbeddedDriver().connect("jdbc:derby:" + path + ";shutdown=true",
                        new Properties());
            } catch (SQLException expected) {
                // 08006: database shut down
            }
        }
    }

    public static final class Postgres extends TestDatabase {
        private final String url;
        private final List<String> schemas = new ArrayList<>();

        public Postgres(String url) {
            this.url = url;
        }

        @Override
        public String kind() {
            return "postgresql";
        }

        private PGSimpleDataSource dataSource() {
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setURL(url);
            return ds;
        }

        @Override
        public DataSource freshSchema() {
            String schema = schemaName();
            exec(dataSource(), "CREATE SCHEMA " + schema);
            schemas.add(schema);
            PGSimpleDataSource ds = dataSource();
            ds.setCurrentSchema(schema);
            return ds;
        }

        @Override
        public void close() {
            closeShared();
            for (String s : schemas) {
                exec(dataSource(), "DROP SCHEMA " + s + " CASCADE");
            }
        }
    }
}
