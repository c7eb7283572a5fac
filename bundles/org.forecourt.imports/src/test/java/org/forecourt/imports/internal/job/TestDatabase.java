package org.forecourt.imports.internal.job;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import org.apache.derby.jdbc.BasicEmbeddedDataSource40;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A real database for tests (the persistence bundle's pattern): embedded Derby in a temporary folder, or PostgreSQL
 * when {@code FORECOURT_TEST_PG_URL} is set. Each test gets a schema of its own; {@link #reopen} gives a new
 * DataSource on an existing schema (a "restart"). DataSources are pooled with HikariCP, as pax-jdbc pools the
 * platform's DataSource in Karaf (a new PostgreSQL connection per transaction would measure the handshake).
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

    /** {@code derby} or {@code postgresql}. */
    public abstract String kind();

    /** A new, empty schema; its name is {@link #lastSchema()}. */
    public abstract DataSource freshSchema();

    /** A DataSource on an existing schema. */
    public abstract DataSource reopen(String schema);

    private String last;
    private final List<HikariDataSource> pools = new ArrayList<>();

    /** A pool over {@code target}, closed with {@link #closePools()} (or by {@link ImportWorld}). */
    DataSource pooled(DataSource target, String schema) {
        HikariConfig config = new HikariConfig();
        config.setDataSource(target);
        config.setPoolName("test-" + schema);
        config.setMaximumPoolSize(10);
        config.setMinimumIdle(1);
        HikariDataSource pool = new HikariDataSource(config);
        synchronized (pools) {
            pools.add(pool);
        }
        return pool;
    }

    /** Closes every pool handed out. */
    public void closePools() {
        synchronized (pools) {
            pools.forEach(HikariDataSource::close);
            pools.clear();
        }
    }

    public String lastSchema() {
        return last;
    }

    String newSchemaName() {
        last = "fci" + ProcessHandle.current().pid() + "x" + SCHEMAS.incrementAndGet();
        return last;
    }

    static void exec(DataSource ds, String sql) {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** Describes the database for a child JVM: {@code derby|<path>} or {@code postgresql|<url>}. */
    public abstract String describe();

    public static TestDatabase of(String description) {
        int bar = description.indexOf('|');
        String kind = description.substring(0, bar);
        String where = description.substring(bar + 1);
        return kind.equals("derby") ? new Derby(Path.of(where), false) : new Postgres(where);
    }

    @Override
    public abstract void close();

    /** Lets another JVM open the database: embedded Derby is shut down here (it boots again on the next use). */
    public void releaseForAnotherJvm() {
    }

    public static final class Derby extends TestDatabase {
        private final String path;

        public Derby(Path dir) {
            this(dir.resolve("db"), false);
        }

        private Derby(Path path, boolean unused) {
            this.path = path.toString();
        }

        @Override
        public String kind() {
            return "derby";
        }

        @Override
        public DataSource freshSchema() {
            String schema = newSchemaName().toUpperCase();
            BasicEmbeddedDataSource40 admin = new BasicEmbeddedDataSource40();
            admin.setDatabaseName(path);
            admin.setCreateDatabase("create");
            exec(admin, "CREATE SCHEMA " + schema);
            return reopen(schema);
        }

        @Override
        public DataSource reopen(String schema) {
            BasicEmbeddedDataSource40 ds = new BasicEmbeddedDataSource40();
            ds.setDatabaseName(path);
            ds.setCreateDatabase("create");
            ds.setUser(schema.toUpperCase()); // Derby's current schema is the user's name
            return pooled(ds, schema);
        }

        @Override
        public String describe() {
            return "derby|" + path;
        }

        @Override
        public void releaseForAnotherJvm() {
            close();
        }

        /** Shuts the embedded database down (its files are closed; the next connection boots it again). */
        @Override
        public void close() {
            closePools();
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
            String schema = newSchemaName();
            exec(dataSource(), "CREATE SCHEMA " + schema);
            schemas.add(schema);
            return reopen(schema);
        }

        @Override
        public DataSource reopen(String schema) {
            PGSimpleDataSource ds = dataSource();
            ds.setCurrentSchema(schema.toLowerCase());
            return pooled(ds, schema);
        }

        @Override
        public String describe() {
            return "postgresql|" + url;
        }

        @Override
        public void close() {
            closePools();
            for (String s : schemas) {
                exec(dataSource(), "DROP SCHEMA " + s + " CASCADE");
            }
        }
    }
}
