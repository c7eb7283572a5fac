package org.forecourt.persistence;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;

/**
 * Migrations read as named resources from a class loader: for a bundle's own resources (a bundle class loader
 * finds those, but cannot list folders) and for tests outside OSGi. Nothing is scanned: every file is named.
 */
public final class ClasspathMigrations {

    private ClasspathMigrations() {
    }

    /**
     * @param classLoader loader that sees the scripts
     * @param path        resource folder, e.g. {@code db/sales} (no leading slash)
     * @param fileNames   script names, e.g. {@code V1__init.sql}
     * @return the scripts in version order; a missing file fails when the unit is opened
     */
    public static MigrationSource of(ClassLoader classLoader, String path, String... fileNames) {
        if (classLoader == null || path == null) {
            throw new IllegalArgumentException("classLoader and path are required");
        }
        String folder = path.isEmpty() || path.endsWith("/") ? path : path + "/";
        List<String> names = List.of(fileNames);
        return () -> {
            List<MigrationSource.Script> scripts = new ArrayList<>();
            for (String name : names) {
                URL url = classLoader.getResource(folder + name);
                if (url == null) {
                    throw new IllegalStateException("Migration script not found: " + folder + name);
                }
                scripts.add(new MigrationSource.Script(name, BundleMigrations.read(url)));
            }
            scripts.sort(MigrationOrder.INSTANCE);
            return List.copyOf(scripts);
        };
    }
}
