package org.forecourt.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import org.osgi.framework.Bundle;

/**
 * Migrations read from a module bundle's own entries ({@link Bundle#findEntries}), never by class path scanning,
 * which does not work in OSGi. Scripts are read each time {@link MigrationSource#scripts()} is called, i.e. when
 * the unit is opened.
 */
public final class BundleMigrations {

    private BundleMigrations() {
    }

    /**
     * @param bundle the module bundle
     * @param path   folder inside the bundle, e.g. {@code db/sales}
     * @return the folder's {@code V*.sql} scripts, in version order
     */
    public static MigrationSource of(Bundle bundle, String path) {
        if (bundle == null || path == null) {
            throw new IllegalArgumentException("bundle and path are required");
        }
        return () -> {
            Enumeration<URL> entries = bundle.findEntries(path, "V*.sql", false);
            List<MigrationSource.Script> scripts = new ArrayList<>();
            if (entries != null) {
                for (URL url : Collections.list(entries)) {
                    String file = url.getPath().substring(url.getPath().lastIndexOf('/') + 1);
                    scripts.add(new MigrationSource.Script(file, read(url)));
                }
            }
            scripts.sort(MigrationOrder.INSTANCE);
            return List.copyOf(scripts);
        };
    }

    static String read(URL url) {
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read migration " + url, e);
        }
    }
}
