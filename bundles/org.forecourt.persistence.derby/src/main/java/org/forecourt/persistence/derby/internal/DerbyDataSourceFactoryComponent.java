package org.forecourt.persistence.derby.internal;

import java.io.File;
import java.util.logging.Logger;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.jdbc.DataSourceFactory;

/**
 * Registers embedded Derby as an OSGi JDBC {@link DataSourceFactory} for pax-jdbc-config
 * ({@code osgi.jdbc.driver.name=derby}). Immediate, so that stopping this bundle (or Karaf) shuts the Derby engine
 * down after the service is gone: the pools built on it are closed first (service unregistration is synchronous),
 * then every database is closed cleanly.
 */
@Component(service = DataSourceFactory.class, immediate = true, property = {
        DataSourceFactory.OSGI_JDBC_DRIVER_CLASS + "=org.apache.derby.jdbc.EmbeddedDriver",
        DataSourceFactory.OSGI_JDBC_DRIVER_NAME + "=derby",
        DataSourceFactory.OSGI_JDBC_DRIVER_VERSION + "=" + DerbyDataSourceFactoryComponent.DERBY_VERSION })
public class DerbyDataSourceFactoryComponent extends DerbyDataSourceFactory {

    /** The embedded Derby's version (a test checks it against the jar). */
    static final String DERBY_VERSION = "10.16.1.1";

    private static final Logger LOG = Logger.getLogger(DerbyDataSourceFactoryComponent.class.getName());

    @Activate
    public DerbyDataSourceFactoryComponent() {
        // Keep derby.log out of Karaf's working directory unless the administrator said otherwise.
        String karafData = System.getProperty("karaf.data");
        if (karafData != null && System.getProperty("derby.stream.error.file") == null
                && System.getProperty("derby.stream.error.field") == null
                && System.getProperty("derby.stream.error.method") == null) {
            System.setProperty("derby.stream.error.file",
                    new File(new File(karafData, "log"), "derby.log").getAbsolutePath());
        }
    }

    @Deactivate
    void deactivate() {
        if (shutdownEngine()) {
            LOG.info("Derby engine shut down");
        }
    }
}
