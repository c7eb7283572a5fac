package org.forecourt.imports.internal.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarFile;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleReference;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;

/**
 * Runs after packaging (failsafe). Checks the bundle's manifest, then installs the bundle into a bare Apache Felix
 * 7.0.5 (the framework of Karaf 4.4.10) with slf4j, Felix SCR 2.2.6 and the bundles its API imports come from (the
 * core and master data API bundles, the persistence bundle with EclipseLink, Flyway and Jackson), checks that its
 * Declarative Services components are valid (the message bundles start; the import service waits for its
 * references), and reads and writes spreadsheets with the classes loaded from the bundle: fastexcel,
 * fastexcel-reader, Aalto, commons-compress and commons-csv embedded inside it.
 */
class ImportsBundleIT {

    /**
     * The only imports allowed to be optional, and why. Anything else must be provided by the framework (JDK
     * packages, org.osgi, org.slf4j); a new optional import fails here until it is reviewed and listed.
     */
    private static final Map<String, String> OPTIONAL = Map.of(
            "org.tukaani.xz", "commons-compress: xz/lzma/7z codecs, never used for an xlsx (deflate)",
            "org.brotli.dec", "commons-compress: brotli codec, never used for an xlsx",
            "com.github.luben.zstd", "commons-compress: zstd codec, never used for an xlsx",
            "org.objectweb.asm", "commons-compress: pack200, never used for an xlsx",
            "sun.misc", "commons-io: direct-buffer cleaner, looked up reflectively",
            "sun.nio.ch", "commons-io: direct-buffer cleaner, looked up reflectively");

    private static Path jar() {
        return Path.of(System.getProperty("bundle.jar"));
    }

    @Test
    void manifestImportsOnlyWhatKarafProvides() throws IOException {
        try (JarFile jar = new JarFile(jar().toFile())) {
            Attributes main = jar.getManifest().getMainAttributes();
            assertThat(main.getValue(Constants.BUNDLE_SYMBOLICNAME)).isEqualTo("org.forecourt.imports");
            String exports = main.getValue(Constants.EXPORT_PACKAGE);
            if (exports != null) { // only our own API, never internal or embedded packages
                for (String clause : clauses(exports)) {
                    assertThat(clause.split(";")[0].trim()).startsWith("org.forecourt.imports.")
                            .doesNotContain(".internal");
                }
            }
            assertThat(main.getValue(Constants.REQUIRE_CAPABILITY)).contains("(version=17)");
            for (String entry : main.getValue(Constants.BUNDLE_CLASSPATH).split(",")) {
                assertThat(entry.equals(".") || jar.getEntry(entry) != null).as(entry).isTrue();
            }
            List<String> imports = clauses(main.getValue(Constants.IMPORT_PACKAGE));
            assertThat(imports).isNotEmpty();
            List<String> packages = new ArrayList<>();
            for (String clause : imports) {
                String pkg = clause.split(";")[0].trim();
                packages.add(pkg);
                boolean optional = clause.replace(" ", "").contains("resolution:=optional");
                if (providedByFramework(pkg)) {
                    continue;
                }
                assertThat(optional).as(pkg + " must be provided by the framework or optional").isTrue();
                assertThat(OPTIONAL).as(pkg + " is optional but not reviewed").containsKey(pkg);
            }
            assertThat(packages).as("no duplicate imports").doesNotHaveDuplicates();
        }
    }

    /**
     * JDK packages of the system bundle, OSGi, slf4j (pax-logging), the API bundles of Forecourt itself and Jakarta
     * Persistence (feature forecourt-persistence, which forecourt-core brings).
     */
    private static boolean providedByFramework(String pkg) {
        return pkg.startsWith("javax.xml.") || pkg.startsWith("javax.crypto") || pkg.startsWith("org.w3c.dom")
                || pkg.startsWith("org.xml.sax") || pkg.startsWith("org.osgi.") || pkg.equals("org.slf4j")
                || pkg.startsWith("org.forecourt.") && !pkg.contains(".internal")
                || pkg.equals("jakarta.persistence");
    }

    /** The bundles the imports bundle's imports come from in Karaf, by file name, from the test class path. */
    private static final List<String> PROVIDERS = List.of("org.osgi.util.function-", "org.osgi.util.promise-",
            "org.osgi.service.component-",
            "org.apache.felix.scr-", "org.forecourt.core.api-", "org.forecourt.masterdata.api-",
            "jakarta.persistence-api-", "asm-9", "asm-tree-", "asm-commons-", "org.eclipse.persistence.core-",
            "org.eclipse.persistence.jpa.jpql-", "org.eclipse.persistence.jpa-", "flyway-core-",
            "jackson-annotations-", "jackson-core-", "jackson-databind-", "org.forecourt.persistence-");

    private static List<Path> providerJars() throws IOException {
        List<Path> classPath = new ArrayList<>();
        for (String entry : java.nio.file.Files.readString(Path.of(System.getProperty("test.classpath.file")))
                .strip().split(java.io.File.pathSeparator)) {
            classPath.add(Path.of(entry));
        }
        List<Path> jars = new ArrayList<>();
        for (String prefix : PROVIDERS) {
            Path jar = classPath.stream().filter(p -> p.getFileName().toString().startsWith(prefix)
                    && !(prefix.equals("org.eclipse.persistence.jpa-") && p.getFileName().toString().contains("jpql")))
                    .findFirst().orElseThrow(() -> new IllegalStateException("not on the test class path: " + prefix));
            jars.add(jar);
        }
        return jars;
    }

    /** Splits a manifest header into clauses at commas outside quotes. */
    private static List<String> clauses(String header) {
        List<String> clauses = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                clauses.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        clauses.add(current.toString());
        return clauses;
    }

    @Test
    void readsAndWritesSpreadsheetsInsideFelix() throws Exception {
        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, System.getProperty("felix.storage"));
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        Framework framework = new org.apache.felix.framework.FrameworkFactory().newFramework(config);
        framework.start();
        try {
            BundleContext context = framework.getBundleContext();
            context.installBundle(Path.of(System.getProperty("slf4j.api.jar")).toUri().toString());
            context.installBundle(Path.of(System.getProperty("slf4j.simple.jar")).toUri().toString());
            Bundle scr = null;
            for (Path provider : providerJars()) {
                Bundle b = context.installBundle(provider.toUri().toString());
                if (provider.getFileName().toString().startsWith("org.apache.felix.scr-")) {
                    scr = b;
                }
            }
            scr.start();
            Bundle bundle = context.installBundle(jar().toUri().toString());
            bundle.start();
            assertThat(bundle.getState()).isEqualTo(Bundle.ACTIVE);

            // Declarative Services: the texts are contributed at once; the import service waits for the database
            // (JpaUnits) and the master data services, which are not here
            long deadline = System.currentTimeMillis() + 10_000;
            while (registered(bundle, "org.forecourt.core.api.i18n.MessageBundle") < 2
                    && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
            assertThat(registered(bundle, "org.forecourt.core.api.i18n.MessageBundle")).isEqualTo(2);
            assertThat(registered(bundle, "org.forecourt.imports.api.ImportService")).isZero();
            assertThat(bundle.getHeaders().get("Service-Component")).contains("ImportServiceComponent");

            Class<?> readerClass = bundle.loadClass(SheetReader.class.getName());
            assertThat(((BundleReference) readerClass.getClassLoader()).getBundle()).isSameAs(bundle);
            Class<?> writerClass = bundle.loadClass(ErrorReportWriter.class.getName());
            Class<?> messagesClass = bundle.loadClass(SheetMessages.class.getName());

            // SheetMessages: the resource bundle inside the bundle
            Method format = messagesClass.getMethod("format", Locale.class, String.class, Object[].class);
            assertThat(format.invoke(null, Locale.SIMPLIFIED_CHINESE, SheetMessages.EMPTY, new Object[0]))
                    .isEqualTo("文件中没有数据。");

            // ErrorReportWriter: fastexcel and opczip
            ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
            Object writer = writerClass.getMethod("open", OutputStream.class, Locale.class, List.class)
                    .invoke(null, xlsx, Locale.SIMPLIFIED_CHINESE, List.of("姓名", "手机"));
            writerClass.getMethod("add", int.class, String.class, String.class, String.class, List.class)
                    .invoke(writer, 2, "手机", "1380013800", "手机号应为 11 位", List.of("张三", "1380013800"));
            writerClass.getMethod("close").invoke(writer);

            // SheetReader: fastexcel-reader, Aalto and commons-compress read it back
            assertThat(readAll(readerClass, xlsx.toByteArray(), "报告.xlsx")).containsExactly(
                    List.of("行号", "列", "内容", "原因", "姓名", "手机"),
                    List.of("2", "手机", "1380013800", "手机号应为 11 位", "张三", "1380013800"));

            // commons-csv, GBK
            byte[] csv = "姓名,手机\r\n李四,13900139000\r\n".getBytes(Charset.forName("GBK"));
            assertThat(readAll(readerClass, csv, "客户.csv")).containsExactly(List.of("姓名", "手机"),
                    List.of("李四", "13900139000"));
        } finally {
            framework.stop();
            framework.waitForStop(10_000);
        }
    }

    /** How many services of that class the bundle registered. */
    private static int registered(Bundle bundle, String className) {
        org.osgi.framework.ServiceReference<?>[] refs = bundle.getRegisteredServices();
        int n = 0;
        if (refs != null) {
            for (org.osgi.framework.ServiceReference<?> r : refs) {
                for (String c : (String[]) r.getProperty(Constants.OBJECTCLASS)) {
                    if (c.equals(className)) {
                        n++;
                    }
                }
            }
        }
        return n;
    }

    /** Header and rows, read through reflection with the bundle's classes. */
    private static List<List<String>> readAll(Class<?> readerClass, byte[] bytes, String name) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (InputStream in = new ByteArrayInputStream(bytes);
             AutoCloseable reader = (AutoCloseable) readerClass.getMethod("open", InputStream.class, String.class)
                     .invoke(null, in, name)) {
            rows.add(castList(readerClass.getMethod("headers").invoke(reader)));
            Iterator<?> it = (Iterator<?>) readerClass.getMethod("iterator").invoke(reader);
            while (it.hasNext()) {
                Object row = it.next();
                rows.add(castList(row.getClass().getMethod("cells").invoke(row)));
            }
        }
        return rows;
    }

    @SuppressWarnings("unchecked")
    private static List<String> castList(Object list) {
        return List.copyOf((List<String>) list);
    }
}
