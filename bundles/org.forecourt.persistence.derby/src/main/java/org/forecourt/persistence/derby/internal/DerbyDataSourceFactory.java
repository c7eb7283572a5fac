package org.forecourt.persistence.derby.internal;

import java.sql.Driver;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.ConnectionPoolDataSource;
import javax.sql.DataSource;
import javax.sql.XADataSource;

import org.apache.derby.iapi.jdbc.InternalDriver;
import org.apache.derby.jdbc.BasicEmbeddedConnectionPoolDataSource40;
import org.apache.derby.jdbc.BasicEmbeddedDataSource40;
import org.apache.derby.jdbc.BasicEmbeddedXADataSource40;
import org.apache.derby.jdbc.EmbeddedDriver;
import org.osgi.service.jdbc.DataSourceFactory;

/**
 * Embedded Derby data sources from OSGi JDBC properties, as pax-jdbc-config passes them: {@code url}
 * ({@code jdbc:derby:<path>[;attr=value...]}) or {@code databaseName}, optional {@code user}, {@code password},
 * {@code description}, {@code loginTimeout}, and Derby's own {@code createDatabase}, {@code connectionAttributes}.
 * Uses Derby's "Basic" data sources, which do not need JNDI. Plain class: usable without OSGi.
 */
public class DerbyDataSourceFactory implements DataSourceFactory {

    private static final Logger LOG = Logger.getLogger(DerbyDataSourceFactory.class.getName());
    static final String URL_PREFIX = "jdbc:derby:";

    @Override
    public DataSource createDataSource(Properties props) throws SQLException {
        return configure(new BasicEmbeddedDataSource40(), props);
    }

    @Override
    public ConnectionPoolDataSource createConnectionPoolDataSource(Properties props) throws SQLException {
        return configure(new BasicEmbeddedConnectionPoolDataSource40(), props);
    }

    @Override
    public XADataSource createXADataSource(Properties props) throws SQLException {
        return configure(new BasicEmbeddedXADataSource40(), props);
    }

    @Override
    public Driver createDriver(Properties props) throws SQLException {
        return new EmbeddedDriver();
    }

    static <T extends BasicEmbeddedDataSource40> T configure(T ds, Properties props) throws SQLException {
        Map<String, String> p = new HashMap<>();
        if (props != null) {
            for (String key : props.stringPropertyNames()) {
                p.put(key, props.getProperty(key));
            }
            // non-string values (e.g. an Integer loginTimeout) are not seen by stringPropertyNames
            props.forEach((k, v) -> p.putIfAbsent(String.valueOf(k), v == null ? null : String.valueOf(v)));
        }
        String url = p.remove(JDBC_URL);
        String databaseName = p.remove(JDBC_DATABASE_NAME);
        String attributes = p.remove("connectionAttributes");
        if (url != null) {
            if (!url.startsWith(URL_PREFIX) || url.startsWith(URL_PREFIX + "//")) {
                throw new SQLException("Only embedded Derby URLs (" + URL_PREFIX + "<path>) are supported: " + url);
            }
            String rest = url.substring(URL_PREFIX.length());
            int semicolon = rest.indexOf(';');
            String name = semicolon < 0 ? rest : rest.substring(0, semicolon);
            String urlAttributes = semicolon < 0 ? null : rest.substring(semicolon + 1);
            if (databaseName != null && !databaseName.equals(name)) {
                throw new SQLException("Both url and databaseName are set and differ: " + url + " / " + databaseName);
            }
            databaseName = name;
            attributes = join(urlAttributes, attributes);
        }
        if (databaseName == null || databaseName.isBlank()) {
            throw new SQLException("Missing " + JDBC_URL + " or " + JDBC_DATABASE_NAME + " for the Derby data source");
        }
        ds.setDatabaseName(databaseName);
        if (attributes != null && !attributes.isBlank()) {
            ds.setConnectionAttributes(attributes);
        }
        String user = p.remove(JDBC_USER);
        if (user != null) {
            ds.setUser(user);
        }
        String password = p.remove(JDBC_PASSWORD);
        if (password != null) {
            ds.setPassword(password);
        }
        String description = p.remove(JDBC_DESCRIPTION);
        if (description != null) {
            ds.setDescription(description);
        }
        String dataSourceName = p.remove(JDBC_DATASOURCE_NAME);
        if (dataSourceName != null) {
            ds.setDataSourceName(dataSourceName);
        }
        String createDatabase = p.remove("createDatabase");
        if (createDatabase != null) {
            ds.setCreateDatabase(createDatabase);
        }
        String loginTimeout = p.remove("loginTimeout");
        if (loginTimeout != null) {
            try {
                ds.setLoginTimeout(Integer.parseInt(loginTimeout.trim()));
            } catch (NumberFormatException e) {
                throw new SQLException("loginTimeout is not a number: " + loginTimeout, e);
            }
        }
        // keys the framework adds to a configuration (e.g. org.apache.karaf.features.configKey) are not ours
        p.keySet().removeIf(key -> key.startsWith("org.apache.karaf.") || key.startsWith("felix.")
                || key.startsWith("service.") || key.startsWith("component."));
        if (!p.isEmpty()) {
            // a typo in the data source configuration is visible in the log
            LOG.log(Level.WARNING, "Derby data source ignores unknown properties {0}", p.keySet());
        }
        return ds;
    }

    private static String join(String a, String b) {
        if (a == null || a.isBlank()) {
            return b;
        }
        if (b == null || b.isBlank()) {
            return a;
        }
        return a + ";" + b;
    }

    /**
     * Shuts the whole Derby engine down if it is running, so that every database is closed consistently. A
     * successful shutdown is reported by Derby as an SQLException with SQLState XJ015.
     *
     * @return true if the engine was running and is now shut down
     */
    public static boolean shutdownEngine() {
        if (InternalDriver.activeDriver() == null) {
            return false;
        }
        try {
            new EmbeddedDriver().connect(URL_PREFIX + ";shutdown=true", new Properties());
        } catch (SQLException e) {
            if ("XJ015".equals(e.getSQLState())) {
                return true;
            }
            LOG.log(Level.WARNING, "Derby engine shutdown failed", e);
            return false;
        }
        LOG.warning("Derby engine shutdown returned a connection instead of XJ015");
        return false;
    }
}
