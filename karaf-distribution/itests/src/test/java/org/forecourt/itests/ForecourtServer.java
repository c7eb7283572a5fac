package org.forecourt.itests;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real Forecourt server for browser tests: the distribution this build produced, unpacked under
 * {@code target/browser}, started with {@code bin/karaf server} as a separate process with demo data, on its own
 * ports, and stopped when the test JVM ends. One instance serves all browser test classes.
 */
public final class ForecourtServer {

    public static final int HTTP_PORT = 18281;
    public static final int SSH_PORT = 18201;
    public static final String ADMIN_PASSWORD = "Forecourt-2026";
    /** What the demo start boots: the platform, the demo data and every module. */
    public static final List<String> DEMO_FEATURES = List.of("forecourt-demo", "forecourt-admin",
            "forecourt-masterdata", "forecourt-integration", "forecourt-imports", "forecourt-forms");

    private static ForecourtServer instance;

    private final Path home;
    private Process process;

    private ForecourtServer(Path home) {
        this.home = home;
    }

    /** The running server, started on first use. */
    public static synchronized ForecourtServer get() throws Exception {
        if (instance == null) {
            String version = System.getProperty("forecourt.version");
            Path base = Path.of(System.getProperty("forecourt.itest.dir", "target"), "browser");
            ForecourtServer server = new ForecourtServer(base.resolve("forecourt-distribution-" + version));
            server.unpack(base);
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stopQuietly));
            instance = server;
        }
        return instance;
    }

    public String url(String path) {
        return "http://127.0.0.1:" + HTTP_PORT + "/" + path.replaceFirst("^/", "");
    }

    public Path home() {
        return home;
    }

    private void unpack(Path base) throws Exception {
        deleteRecursively(base);
        Files.createDirectories(base);
        run(List.of("tar", "xzf", System.getProperty("forecourt.dist"), "-C", base.toString()), base, 120);
        put("etc/org.forecourt.ui.shell.cfg", "port", String.valueOf(HTTP_PORT));
        put("etc/org.apache.karaf.shell.cfg", "sshPort", String.valueOf(SSH_PORT));
        put("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", "11199");
        put("etc/org.apache.karaf.management.cfg", "rmiServerPort", "44545");
        put("etc/org.forecourt.core.cfg", "bcryptCost", "6");
        // the demo start: demo data and every module on top of the production boot features
        Path features = home.resolve("etc/org.apache.karaf.features.cfg");
        String cfg = Files.readString(features);
        if (!cfg.contains("forecourt-demo")) {
            cfg = cfg.replaceFirst("featuresBoot = \\\\\n", "featuresBoot = \\\\\n    " + String.join(", ", DEMO_FEATURES)
                    + ", \\\\\n");
            Files.writeString(features, cfg);
        }
    }

    /** Sets key = value in an etc/ configuration file (replacing an existing line). */
    public void put(String file, String key, String value) throws IOException {
        Path path = home.resolve(file);
        List<String> lines = Files.exists(path) ? new ArrayList<>(Files.readAllLines(path)) : new ArrayList<>();
        boolean replaced = false;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches("\\s*" + java.util.regex.Pattern.quote(key) + "\\s*=.*")) {
                lines.set(i, key + " = " + value);
                replaced = true;
            }
        }
        if (!replaced) {
            lines.add(key + " = " + value);
        }
        Files.write(path, lines);
    }

    public synchronized void start() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server");
        pb.directory(home.toFile());
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().put("EXTRA_JAVA_OPTS", "-Xmx1g");
        File log = home.resolve("console.log").toFile();
        pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log));
        long started = System.nanoTime();
        process = pb.start();
        awaitSignInPage(Duration.ofMinutes(4));
        System.out.printf("[measure] start to sign-in page: %d ms%n", (System.nanoTime() - started) / 1_000_000);
        awaitHealthy(Duration.ofMinutes(4));
        System.out.printf("[measure] start to healthy with demo data: %d ms%n", (System.nanoTime() - started) / 1_000_000);
    }

    private void awaitSignInPage(Duration timeout) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            try {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(url("login")))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains("window.Vaadin")) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("No sign-in page; see " + home.resolve("data/log/karaf.log"));
    }

    /** Resident memory of the server's JVM in MiB (from /proc), or -1 when it cannot be read. */
    public long residentMiB() {
        if (process == null) {
            return -1;
        }
        return process.descendants().filter(p -> p.info().command().orElse("").endsWith("java")).findFirst()
                .map(p -> {
                    try {
                        for (String line : Files.readAllLines(Path.of("/proc/" + p.pid() + "/status"))) {
                            if (line.startsWith("VmRSS:")) {
                                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                            }
                        }
                    } catch (IOException e) {
                        return -1L;
                    }
                    return -1L;
                }).orElse(-1L);
    }

    public synchronized void stop() throws Exception {
        if (process == null) {
            return;
        }
        run(List.of(home.resolve("bin/stop").toString()), home, 60);
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        process = null;
    }

    public void restart() throws Exception {
        stop();
        start();
    }

    private void stopQuietly() {
        try {
            stop();
        } catch (Exception e) {
            if (process != null) {
                process.destroyForcibly();
            }
        }
    }

    /** The /api/health report once it says UP (the demo data is loaded by then). */
    public void awaitHealthy(Duration timeout) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long end = System.nanoTime() + timeout.toNanos();
        String last = "no answer";
        while (System.nanoTime() < end) {
            if (process != null && !process.isAlive()) {
                throw new IllegalStateException("Forecourt exited with " + process.exitValue() + "; see " + home.resolve("console.log"));
            }
            try {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(url("api/health")))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                last = r.statusCode() + " " + r.body();
                if (r.statusCode() == 200 && r.body().contains("\"demo\"")) {
                    return;
                }
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Forecourt did not become healthy: " + last + "; see "
                + home.resolve("data/log/karaf.log"));
    }

    /**
     * Runs a Karaf shell command over SSH as the demo group admin (the same account as the web UI), in batch mode with
     * the command on standard input (a command line argument needs a terminal).
     */
    public String shell(String command) throws Exception {
        return run(List.of(home.resolve("bin/client").toString(), "-a", String.valueOf(SSH_PORT), "-h", "127.0.0.1",
                "-u", "admin", "-p", ADMIN_PASSWORD, "-r", "5", "-b"), home, 180, command + "\n");
    }

    private static String run(List<String> command, Path dir, int timeoutSeconds) throws Exception {
        return run(command, dir, timeoutSeconds, "");
    }

    private static String run(List<String> command, Path dir, int timeoutSeconds, String input) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process p = pb.start();
        p.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("Timed out: " + command);
        }
        String text = new String(out, StandardCharsets.UTF_8);
        if (p.exitValue() != 0) {
            throw new IllegalStateException("Failed (" + p.exitValue() + "): " + command + "\n" + text);
        }
        return text;
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var walk = Files.walk(path)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
