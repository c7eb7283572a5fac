package org.forecourt.imports.internal.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.forecourt.core.api.Actor;
import org.forecourt.imports.api.ImportJob;
import org.forecourt.imports.api.ImportKind;
import org.forecourt.imports.api.ImportState;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import rate: imports N generated valid customers (default 10,000; {@code -Dimports.benchmark.rows=...}), then N
 * vehicles owned by them, then the same customer file again (every row unchanged), on embedded Derby and, when
 * {@code FORECOURT_TEST_PG_URL} is set, on PostgreSQL, and prints {@code import rate: X rows/s} for each. Not part of
 * the normal test run (tag {@code benchmark}):
 *
 * <pre>mvn -B -f bundles/org.forecourt.imports/pom.xml test -Dgroups=benchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
@Tag("benchmark")
class ImportBenchmarkTest {

    @TempDir
    Path dir;

    @Test
    void importRate() throws Exception {
        int rows = Integer.getInteger("imports.benchmark.rows", 10_000);
        List<String> lines = new ArrayList<>();
        try (TestDatabase derby = new TestDatabase.Derby(dir.resolve("derby"))) {
            lines.addAll(measure(derby, rows));
        }
        String pg = TestDatabase.postgresUrl();
        if (pg != null) {
            try (TestDatabase postgres = new TestDatabase.Postgres(pg)) {
                lines.addAll(measure(postgres, rows));
            }
        } else {
            lines.add("postgresql: skipped (FORECOURT_TEST_PG_URL is not set)");
        }
        System.out.println();
        System.out.println("==== import benchmark (" + Runtime.getRuntime().availableProcessors() + " CPUs, batch "
                + ImportSettings.DEFAULT_BATCH_SIZE + ") ====");
        lines.forEach(System.out::println);
        System.out.println();
    }

    private List<String> measure(TestDatabase db, int rows) throws Exception {
        DataSource ds = db.freshSchema();
        List<String> out = new ArrayList<>();
        try (ImportWorld world = new ImportWorld(ds, dir.resolve(db.kind() + "-imports"),
                ImportSettings.DEFAULT_BATCH_SIZE)) {
            Actor manager = ImportWorld.manager(101, world.storeA, Locale.SIMPLIFIED_CHINESE);
            byte[] customers = TestSheets.generatedCustomers(rows, 0, StandardCharsets.UTF_8);
            byte[] vehicles = TestSheets.generatedVehicles(rows, StandardCharsets.UTF_8);
            // warm-up: a small file through the whole path (JIT, EclipseLink metadata, Derby pages)
            run(world, manager, ImportKind.CUSTOMERS, TestSheets.generatedCustomers(200, 0, StandardCharsets.UTF_8));

            ImportJob c = run(world, manager, ImportKind.CUSTOMERS, customers);
            assertThat(c.imported()).isEqualTo(rows - 200);
            out.add(line(db.kind(), "customers, new", c));
            ImportJob v = run(world, manager, ImportKind.VEHICLES, vehicles);
            assertThat(v.imported()).isEqualTo(rows);
            out.add(line(db.kind(), "vehicles with owner and odometer, new", v));
            ImportJob again = run(world, manager, ImportKind.CUSTOMERS, customers);
            assertThat(again.unchanged()).isEqualTo(rows);
            out.add(line(db.kind(), "customers, same file again (all unchanged)", again));
        }
        return out;
    }

    private static ImportJob run(ImportWorld world, Actor actor, ImportKind kind, byte[] file) throws Exception {
        ImportJob job = world.engine.start(actor, kind, world.storeA, kind.folder() + ".csv", TestSheets.in(file));
        ImportJob done = world.engine.await(job.id(), Duration.ofHours(1));
        assertThat(done.state()).isEqualTo(ImportState.DONE);
        assertThat(done.rejected()).isZero();
        return done;
    }

    private static String line(String database, String what, ImportJob job) {
        double seconds = Duration.between(job.startedAt(), job.finishedAt()).toMillis() / 1000.0;
        return String.format(Locale.ROOT, "%-10s %-45s %6d rows in %7.1f s   import rate: %.0f rows/s", database, what,
                job.processedRows(), seconds, job.processedRows() / seconds);
    }
}
