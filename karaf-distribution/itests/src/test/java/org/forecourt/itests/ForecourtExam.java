package org.forecourt.itests;

import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.when;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;

/**
 * Pax Exam configuration shared by the integration tests: boots the distribution this build produced (the same
 * tar.gz users get) with non-default ports, so a running Forecourt on this machine does not clash.
 */
public final class ForecourtExam {

    public static final int HTTP_PORT = 18181;

    private ForecourtExam() {
    }

    public static Option[] options(Option... extra) {
        String dist = System.getProperty("forecourt.dist");
        String repo = System.getProperty("maven.repo.local", System.getProperty("user.home") + "/.m2/repository");
        File unpack = new File(System.getProperty("forecourt.itest.dir", "target"), "exam");
        List<Option> options = new ArrayList<>(List.of(
                karafDistributionConfiguration().frameworkUrl("file:" + dist).unpackDirectory(unpack)
                        .useDeployFolder(false).name("Forecourt"),
                configureConsole().ignoreLocalConsole().ignoreRemoteShell(),
                logLevel(LogLevel.valueOf(System.getProperty("forecourt.examLog", "WARN"))),
                editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository", repo),
                editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", "18101"),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", "11099"),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", "44445"),
                editConfigurationFilePut("etc/org.forecourt.ui.shell.cfg", "port", String.valueOf(HTTP_PORT)),
                editConfigurationFilePut("etc/org.forecourt.core.cfg", "initialAdminPassword", "Admin-2026"),
                editConfigurationFilePut("etc/org.forecourt.core.cfg", "bcryptCost", "6"),
                systemProperty("forecourt.itest").value("true"),
                when(Boolean.getBoolean("forecourt.keepRuntime")).useOptions(keepRuntimeFolder())));
        String pg = System.getenv("FORECOURT_TEST_PG_URL");
        if (Boolean.getBoolean("forecourt.exam.postgres") && pg != null) {
            options.addAll(postgres(pg));
        }
        options.addAll(Arrays.asList(extra));
        return options.toArray(new Option[0]);
    }

    /** Points the platform's data source at PostgreSQL (the one configuration file an operator changes). */
    static List<Option> postgres(String jdbcUrl) {
        String file = "etc/org.ops4j.datasource-forecourt.cfg";
        return List.of(
                editConfigurationFilePut(file, "osgi.jdbc.driver.name", "PostgreSQL JDBC Driver"),
                editConfigurationFilePut(file, "url", jdbcUrl),
                editConfigurationFilePut(file, "dataSourceName", "forecourt"));
    }

    public static HttpResponse<String> get(String path) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + HTTP_PORT + path))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Waits until the condition holds (polling), or fails with the message. */
    public static void await(String what, Duration timeout, Check check) throws Exception {
        long end = System.nanoTime() + timeout.toNanos();
        Throwable last = null;
        while (System.nanoTime() < end) {
            try {
                if (check.ok()) {
                    return;
                }
            } catch (Exception | AssertionError e) {
                last = e;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("Timed out waiting for " + what, last);
    }

    @FunctionalInterface
    public interface Check {
        boolean ok() throws Exception;
    }
}
