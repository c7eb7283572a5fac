package org.forecourt.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.Paths;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

class MigrationSourcesTest {

    /** A stand-in for the framework's Bundle: answers findEntries from a test resource folder. */
    private static Bundle bundleWithEntriesUnder(Path root) {
        return (Bundle) Proxy.newProxyInstance(Bundle.class.getClassLoader(), new Class<?>[] {Bundle.class},
                (proxy, method, args) -> {
                    if (!method.getName().equals("findEntries")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    Path dir = root.resolve((String) args[0]);
                    if (!Files.isDirectory(dir)) {
                        return null;
                    }
                    PathMatcher glob = FileSystems.getDefault().getPathMatcher("glob:" + args[1]);
                    try (Stream<Path> files = Files.list(dir)) {
                        List<URL> urls = files.filter(p -> glob.matches(p.getFileName())).map(p -> {
                            try {
                                return p.toUri().toURL();
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        }).toList();
                        return Collections.enumeration(urls);
                    }
                });
    }

    @Test
    void bundleMigrationsReadTheVersionedScriptsInVersionOrder() throws Exception {
        Path root = Paths.get(getClass().getResource("/bundle-entries").toURI());
        MigrationSource source = BundleMigrations.of(bundleWithEntriesUnder(root), "db/sales");
        assertThat(source.scripts()).extracting(MigrationSource.Script::fileName)
                .containsExactly("V1__a.sql", "V2__b.sql", "V10__c.sql");
        assertThat(source.scripts().get(2).sql()).contains("s_c");
        assertThat(BundleMigrations.of(bundleWithEntriesUnder(root), "db/none").scripts()).isEmpty();
    }

    @Test
    void classpathMigrationsReadNamedScriptsAndFailOnMissingOnes() {
        ClassLoader loader = getClass().getClassLoader();
        MigrationSource source = ClasspathMigrations.of(loader, "bundle-entries/db/sales/", "V10__c.sql",
                "V1__a.sql");
        assertThat(source.scripts()).extracting(MigrationSource.Script::fileName)
                .containsExactly("V1__a.sql", "V10__c.sql");
        assertThatThrownBy(() -> ClasspathMigrations.of(loader, "bundle-entries/db/sales", "V3__x.sql").scripts())
                .hasMessageContaining("V3__x.sql");
    }

    @Test
    void versionOrderIsNumeric() {
        List<MigrationSource.Script> scripts = new java.util.ArrayList<>(List.of(
                new MigrationSource.Script("V1_10__c.sql", ""), new MigrationSource.Script("V1_2__b.sql", ""),
                new MigrationSource.Script("V1__a.sql", ""), new MigrationSource.Script("V2__d.sql", "")));
        scripts.sort(MigrationOrder.INSTANCE);
        assertThat(scripts).extracting(MigrationSource.Script::fileName)
                .containsExactly("V1__a.sql", "V1_2__b.sql", "V1_10__c.sql", "V2__d.sql");
    }
}
