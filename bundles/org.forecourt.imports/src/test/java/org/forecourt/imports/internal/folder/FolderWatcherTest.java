package org.forecourt.imports.internal.folder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.forecourt.imports.api.ImportJob;
import org.forecourt.imports.api.ImportKind;
import org.forecourt.imports.api.ImportSource;
import org.forecourt.imports.api.ImportState;
import org.forecourt.imports.internal.job.ImportWorld;
import org.forecourt.imports.internal.job.TestDatabase;
import org.forecourt.imports.internal.job.TestSheets;
import org.forecourt.imports.internal.sheet.SheetReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The inbox folder on Derby, polled by hand (stable for 0 s: ready at the second poll that sees it unchanged). */
class FolderWatcherTest {

    @TempDir
    static Path databaseDir;
    static TestDatabase db;

    @TempDir
    Path dir;
    ImportWorld world;
    FolderWatcher watcher;
    Path inbox;

    @BeforeAll
    static void start() {
        db = new TestDatabase.Derby(databaseDir);
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    @BeforeEach
    void setUp() {
        world = new ImportWorld(db.freshSchema(), dir.resolve("imports"), 200);
        inbox = dir.resolve("inbox");
        watcher = newWatcher();
    }

    private FolderWatcher newWatcher() {
        return new FolderWatcher(world.engine, world.organisation, world.messages::get, inbox, Duration.ofSeconds(1),
                Duration.ZERO, Clock.systemUTC());
    }

    @AfterEach
    void tearDown() {
        watcher.close();
        world.close();
    }

    private Path kindDir(String store, ImportKind kind) {
        return inbox.resolve(store).resolve(kind.folder());
    }

    private static List<String> names(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Polls until the folder holds {@code count} files (the job runs on the engine's worker meanwhile). */
    private List<String> pollUntil(Path folder, int count) throws Exception {
        long end = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < end) {
            watcher.poll();
            if (names(folder).size() >= count) {
                return names(folder);
            }
            Thread.sleep(50);
        }
        return names(folder);
    }

    @Test
    void aDroppedFileIsImportedAsTheSystemForThatStoreAndMovedToDone() throws Exception {
        watcher.poll();
        assertThat(kindDir(ImportWorld.CODE_A, ImportKind.CUSTOMERS)).isDirectory();
        assertThat(kindDir(ImportWorld.CODE_B, ImportKind.VEHICLES)).isDirectory();

        Path customers = kindDir(ImportWorld.CODE_A, ImportKind.CUSTOMERS);
        Files.write(customers.resolve("客户.csv"), TestSheets.csv(TestSheets.GBK, List.of(
                List.of("姓名", "手机号"), List.of("张三", TestSheets.mobile(1)), List.of("李四", "123"),
                List.of("王五", TestSheets.mobile(3)))));
        Files.write(customers.resolve(".~lock.客户.csv#"), new byte[] {1});
        Files.write(customers.resolve("下载中.csv.crdownload"), new byte[] {1});

        List<String> done = pollUntil(customers.resolve(FolderWatcher.DONE), 2);

        assertThat(done).hasSize(2);
        long jobId = Long.parseLong(done.get(0).substring(0, done.get(0).indexOf('_')));
        assertThat(done).containsExactly(jobId + "_客户.csv", jobId + "_客户_errors.xlsx");
        ImportJob job = world.engine.job(jobId);
        assertThat(job.state()).isEqualTo(ImportState.DONE);
        assertThat(job.source()).isEqualTo(ImportSource.FOLDER);
        assertThat(job.userId()).isZero();
        assertThat(job.storeId()).isEqualTo(world.storeA);
        assertThat(job.imported()).isEqualTo(2);
        assertThat(job.rejected()).isEqualTo(1);
        assertThat(world.customerCount(world.storeA)).isEqualTo(2);
        assertThat(names(customers)).containsExactly(".~lock.客户.csv#", FolderWatcher.DONE, FolderWatcher.PROCESSING,
                "下载中.csv.crdownload");
        assertThat(names(customers.resolve(FolderWatcher.PROCESSING))).isEmpty();
        // the report next to it, in Chinese (the system's language)
        try (SheetReader report = SheetReader.open(customers.resolve(FolderWatcher.DONE)
                .resolve(jobId + "_客户_errors.xlsx"))) {
            assertThat(report.headers()).startsWith("行号", "列", "内容", "原因", "姓名", "手机号");
            List<String> line = report.iterator().next().cells();
            assertThat(line.subList(0, 3)).containsExactly("3", "手机号", "123");
        }
    }

    @Test
    void aFileStillBeingWrittenWaitsUntilItsSizeIsStable() throws Exception {
        watcher.poll();
        Path vehicles = kindDir(ImportWorld.CODE_B, ImportKind.VEHICLES);
        byte[] all = TestSheets.csvUtf8(List.of(List.of("车架号", "颜色"), List.of(TestSheets.vin(1), "白"),
                List.of(TestSheets.vin(2), "黑")));
        Path file = vehicles.resolve("vehicles.csv");
        Files.write(file, Arrays.copyOf(all, 20));
        watcher.poll(); // seen
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.APPEND)) {
            out.write(all, 20, all.length - 20);
        }
        watcher.poll(); // grown: not ready
        assertThat(file).exists();
        assertThat(world.engine.countJobs(ImportWorld.SYSTEM)).isZero();

        List<String> done = pollUntil(vehicles.resolve(FolderWatcher.DONE), 1);

        assertThat(done).hasSize(1).allMatch(n -> n.endsWith("_vehicles.csv"));
        assertThat(world.vehicleCount(world.storeB)).isEqualTo(2);
    }

    @Test
    void refusedFilesGoToFailedWithTheReason() throws Exception {
        watcher.poll();
        Path customers = kindDir(ImportWorld.CODE_C, ImportKind.CUSTOMERS);
        Files.write(customers.resolve("old.xls"), new byte[] {1, 2, 3});
        Files.write(customers.resolve("noheader.csv"), "张三,13800138000\r\n".getBytes(StandardCharsets.UTF_8));

        List<String> failed = pollUntil(customers.resolve(FolderWatcher.FAILED), 4);

        assertThat(failed).hasSize(4);
        assertThat(failed).contains("old.xls", "old_error.txt");
        assertThat(Files.readString(customers.resolve(FolderWatcher.FAILED).resolve("old_error.txt")))
                .contains("只能导入 Excel").contains("Only Excel workbooks");
        assertThat(failed).anyMatch(n -> n.matches("[0-9]+_noheader\\.csv"))
                .anyMatch(n -> n.matches("[0-9]+_noheader_errors\\.xlsx"));
        assertThat(world.engine.jobs(ImportWorld.SYSTEM, 0, 10)).singleElement()
                .satisfies(j -> assertThat(j.errorKey()).isEqualTo("import.sheet.noKnownColumns"));
    }

    /** A restart between claiming and finishing: the new watcher finishes the move, the engine the job. */
    @Test
    void carriesOnAfterARestart() throws Exception {
        watcher.poll();
        Path customers = kindDir(ImportWorld.CODE_A, ImportKind.CUSTOMERS);
        // claimed by a watcher that died before it could submit
        Files.createDirectories(customers.resolve(FolderWatcher.PROCESSING));
        Files.write(customers.resolve(FolderWatcher.PROCESSING).resolve("c.csv"), TestSheets.csvUtf8(List.of(
                List.of("姓名", "手机号"), List.of("赵六", TestSheets.mobile(6)))));
        watcher.close();
        watcher = newWatcher();

        List<String> done = pollUntil(customers.resolve(FolderWatcher.DONE), 1);

        assertThat(done).singleElement().matches(n -> n.matches("[0-9]+_c\\.csv"));
        assertThat(world.customerCount(world.storeA)).isEqualTo(1);
    }

    @Test
    void leavesEditorAndDownloadFilesAlone() {
        assertThat(FolderWatcher.ignored(".~lock.a.xlsx#")).isTrue();
        assertThat(FolderWatcher.ignored("~$客户.xlsx")).isTrue();
        assertThat(FolderWatcher.ignored("a.xlsx.part")).isTrue();
        assertThat(FolderWatcher.ignored("a.tmp")).isTrue();
        assertThat(FolderWatcher.ignored("客户.xlsx")).isFalse();
        assertThat(FolderWatcher.ignored("vehicles.csv")).isFalse();
    }
}
