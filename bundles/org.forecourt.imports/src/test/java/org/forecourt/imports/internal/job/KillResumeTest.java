package org.forecourt.imports.internal.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.forecourt.imports.api.ImportJob;
import org.forecourt.imports.api.ImportState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real thing: a JVM importing 10,000 rows is killed with SIGKILL in the middle of a batch (no shutdown hook, no
 * finally block runs; Derby recovers from its log), then a new one resumes the job. Every valid row ends up exactly
 * once, every invalid one is rejected exactly once.
 */
class KillResumeTest {

    static final int ROWS = 10_000;
    static final int BAD_EVERY = 89;

    @TempDir
    Path dir;

    @Test
    void derbyKilledInTheMiddle() throws Exception {
        TestDatabase db = new TestDatabase.Derby(dir.resolve("derby"));
        try {
            killAndResume(db);
        } finally {
            db.close();
        }
    }

    @Test
    void postgresKilledInTheMiddle() throws Exception {
        String url = TestDatabase.postgresUrl();
        assumeTrue(url != null, "FORECOURT_TEST_PG_URL is not set: PostgreSQL case skipped");
        try (TestDatabase db = new TestDatabase.Postgres(url)) {
            killAndResume(db);
        }
    }

    private void killAndResume(TestDatabase db) throws Exception {
        db.freshSchema();
        String schema = db.lastSchema();
        db.releaseForAnotherJvm(); // Derby: shut down here, the child boots it (one JVM at a time)
        Path file = dir.resolve("customers.csv");
        Files.write(file, TestSheets.generatedCustomers(ROWS, BAD_EVERY, TestSheets.GBK));
        Path imports = dir.resolve("imports-" + db.kind());
        Path progress = dir.resolve("progress-" + db.kind());

        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m", "-Dderby.stream.error.file=" + dir.resolve("child-derby.log"),
                "-cp", classPath(), KillChild.class.getName(), db.describe(), schema, imports.toString(),
                file.toString(), progress.toString()));
        Process child = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("child-" + db.kind() + ".log").toFile()).start();
        long jobId;
        int checkpointSeen;
        try {
            long end = System.nanoTime() + Duration.ofMinutes(8).toNanos();
            String seen = "";
            while (System.nanoTime() < end && child.isAlive()) {
                if (Files.exists(progress)) {
                    seen = Files.readString(progress);
                    if (Integer.parseInt(seen.split(" ")[1]) >= 5_001) {
                        break;
                    }
                }
                Thread.sleep(20);
            }
            assertThat(child.isAlive()).as("child alive; log: %s",
                    Files.readString(dir.resolve("child-" + db.kind() + ".log"))).isTrue();
            assertThat(seen).as("a checkpoint at row 5,001 or later").isNotEmpty();
            Thread.sleep(150); // well into the next batch
        } finally {
            child.destroyForcibly(); // SIGKILL
            child.waitFor();
        }
        String[] last = Files.readString(progress).split(" ");
        jobId = Long.parseLong(last[0]);
        checkpointSeen = Integer.parseInt(last[1]);

        DataSource ds = db.reopen(schema);
        try (ImportWorld world = new ImportWorld(ds, imports, 200)) {
            ImportJob killed = world.engine.job(jobId);
            assertThat(killed.state()).isEqualTo(ImportState.RUNNING);
            assertThat(killed.lastCommittedRow()).isGreaterThanOrEqualTo(checkpointSeen);
            assertThat(killed.lastCommittedRow()).isLessThan(ROWS + 1);

            assertThat(world.engine.resume()).containsExactly(jobId);
            ImportJob done = world.engine.await(jobId, Duration.ofMinutes(8));

            int valid = TestSheets.validGenerated(ROWS, BAD_EVERY);
            assertThat(done.state()).isEqualTo(ImportState.DONE);
            assertThat(done.processedRows()).isEqualTo(ROWS);
            assertThat(done.imported() + done.updated() + done.unchanged()).isEqualTo(valid);
            assertThat(done.rejected()).isEqualTo(ROWS - valid);
            assertThat(world.customerCount(world.storeA)).isEqualTo(valid);
            assertThat(count(ds, "SELECT COUNT(*) FROM md_customer")).isEqualTo(valid);
            assertThat(count(ds, "SELECT COUNT(DISTINCT mobile) FROM md_customer")).isEqualTo(valid);
            assertThat(count(ds, "SELECT COUNT(*) FROM imp_rejection")).isEqualTo(ROWS - valid);
            assertThat(world.engine.countRejections(ImportWorld.manager(101, world.storeA, Locale.ENGLISH), jobId))
                    .isEqualTo(ROWS - valid);
        }
    }

    private static long count(DataSource ds, String sql) throws Exception {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The test class path: compiled classes plus the dependencies Maven wrote down (or this JVM's). */
    private static String classPath() throws Exception {
        String file = System.getProperty("test.classpath.file");
        if (file != null && Files.isRegularFile(Path.of(file))) {
            Path target = Path.of(file).getParent();
            return target.resolve("test-classes") + File.pathSeparator + target.resolve("classes")
                    + File.pathSeparator + Files.readString(Path.of(file)).strip();
        }
        return System.getProperty("java.class.path");
    }
}
