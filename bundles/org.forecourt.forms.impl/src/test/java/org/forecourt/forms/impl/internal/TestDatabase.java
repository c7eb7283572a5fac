package org.forecourt.forms.impl.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.apache.derby.jdbc.BasicEmbeddedDataSource40;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A real database for tests (the persistence bundle's pattern): embedded Derby in a temporary folder, or PostgreSQL
 * when {@code FORECOURT_TEST_PG_URL} is set. Each test gets a schema of its own.
 */
abstract class TestDatabase implements AutoCloseable {

    private static final AtomicInteger SCHEMAS = new AtomicInteger();

    /** The PostgreSQL URL from the system property or environment variable, or null. */
    static String postgresUrl() {
        String url = System.getProperty("FORECOURT_TEST_PG_URL");
        if (url == null || url.isBlank()) {
            url = System.getenv("FORECOURT_TEST_PG_URL");
        }
        return url == null || url.isBlank() ? null : url;
    }

    /** A new, empty schema (the connection's current schema). */
    abstract DataSource freshSchema();

    static String schemaName() {
        return "fcf" + ProcessHandle.current().pid() + "x" + SCHEMAS.incrementAndGet();
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

    static final class Derby extends TestDatabase {
        private final String path;

        Derby(Path dir) {
            this.path = dir.resolve("db").toString();
        }

        @Override
        DataSource freshSchema() {
            String schema = schemaName().toUpperCase();
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
            try {
                new org.apache.derby.jdbc.EmbeddedDriver().connect("jdbc:derby:" + path + ";shutdown=true",
                        new Properties());
            } catch (SQLException expected) {
                // 08006: database shut down
            }
        }
    }

    static final class Postgres extends TestDatabase {
        private final String url;
        private final List<String> schemas = new ArrayList<>();

        Postgres(String url) {
            this.url = url;
        }

        private PGSimpleDataSource dataSource() {
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setURL(url);
            return ds;
        }

        @Override
        DataSource freshSchema() {
            String schema = schemaName();
            exec(dataSource(), "CREATE SCHEMA " + schema);
            schemas.add(schema);
            PGSimpleDataSource ds = dataSource();
            ds.setCurrentSchema(schema);
            return ds;
        }

        @Override
        public void close() {
            for (String s : schemas) {
                exec(dataSource(), "DROP SCHEMA " + s + " CASCADE");
            }
        }
    }
}
