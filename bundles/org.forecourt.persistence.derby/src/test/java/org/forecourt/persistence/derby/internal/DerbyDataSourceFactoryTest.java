package org.forecourt.persistence.derby.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import javax.sql.DataSource;

import org.apache.derby.tools.sysinfo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.jdbc.DataSourceFactory;

class DerbyDataSourceFactoryTest {

    @TempDir
    static Path dir;

    @AfterAll
    static void shutdown() {
        DerbyDataSourceFactory.shutdownEngine();
    }

    private static Properties props(String... kv) {
        Properties p = new Properties();
        for (int i = 0; i < kv.length; i += 2) {
            p.setProperty(kv[i], kv[i + 1]);
        }
        return p;
    }

    @Test
    void urlWithAttributesCreatesTheDatabaseAndEngineShutdownIsCleanAndReversible() throws SQLException {
        String url = "jdbc:derby:" + dir.resolve("db1") + ";create=true";
        DataSource ds = new DerbyDataSourceFactory().createDataSource(props(DataSourceFactory.JDBC_URL, url,
                "org.apache.karaf.features.configKey", "ignored"));
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (id INT PRIMARY KEY)");
            s.execute("INSERT INTO t VALUES (1)");
        }
        assertThat(DerbyDataSourceFactory.shutdownEngine()).isTrue();
        assertThat(DerbyDataSourceFactory.shutdownEngine()).as("nothing left to shut down").isFalse();
        // the data source boots the engine again, data is there
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM t")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }

    @Test
    void databaseNameAndCreateDatabase() throws SQLException {
        DataSource ds = new DerbyDataSourceFactory().createDataSource(props(
                DataSourceFactory.JDBC_DATABASE_NAME, dir.resolve("db2").toString(), "createDatabase", "create",
                DataSourceFactory.JDBC_USER, "app", DataSourceFactory.JDBC_PASSWORD, "x"));
        try (Connection c = ds.getConnection()) {
            assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo("Apache Derby");
        }
        assertThat(new DerbyDataSourceFactory().createConnectionPoolDataSource(props(
                DataSourceFactory.JDBC_URL, "jdbc:derby:" + dir.resolve("db2"))).getPooledConnection()
                .getConnection().isValid(1)).isTrue();
    }

    @Test
    void refusesClientUrlsAndMissingNames() {
        DerbyDataSourceFactory f = new DerbyDataSourceFactory();
        assertThatThrownBy(() -> f.createDataSource(props(DataSourceFactory.JDBC_URL, "jdbc:derby://host/db")))
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> f.createDataSource(props(DataSourceFactory.JDBC_URL, "jdbc:postgresql://h/db")))
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> f.createDataSource(new Properties())).isInstanceOf(SQLException.class);
    }

    @Test
    void advertisedVersionIsTheEmbeddedOne() {
        assertThat(sysinfo.getVersionString()).isEqualTo(DerbyDataSourceFactoryComponent.DERBY_VERSION);
    }
}
