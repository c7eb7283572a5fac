package org.forecourt.imports.internal.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.forecourt.imports.internal.job.TestSheets.idCard;
import static org.forecourt.imports.internal.job.TestSheets.in;
import static org.forecourt.imports.internal.job.TestSheets.mobile;
import static org.forecourt.imports.internal.job.TestSheets.uscc;
import static org.forecourt.imports.internal.job.TestSheets.vin;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.forecourt.core.api.Actor;
import org.forecourt.core.api.ForecourtException;
import org.forecourt.core.api.NotFoundException;
import org.forecourt.core.api.NotPermittedException;
import org.forecourt.core.api.Scope;
import org.forecourt.imports.api.ImportJob;
import org.forecourt.imports.api.ImportKind;
import org.forecourt.imports.api.ImportRejection;
import org.forecourt.imports.api.ImportService;
import org.forecourt.imports.api.ImportSource;
import org.forecourt.imports.api.ImportState;
import org.forecourt.imports.internal.sheet.SheetReader;
import org.forecourt.imports.internal.sheet.SheetRow;
import org.forecourt.masterdata.api.MasterdataPermissions;
import org.forecourt.masterdata.api.customer.Customer;
import org.forecourt.masterdata.api.customer.CustomerQuery;
import org.forecourt.masterdata.api.customer.CustomerSummary;
import org.forecourt.masterdata.api.customer.CustomerType;
import org.forecourt.masterdata.api.vehicle.Vehicle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What imports must do on every database; run by one subclass per database. */
abstract class ImportContract {

    static final Duration WAIT = Duration.ofMinutes(5);
    static final int BATCH = 200;

    @TempDir
    Path dir;
    DataSource dataSource;
    ImportWorld world;
    Actor managerA;
    Actor managerB;

    abstract TestDatabase database();

    @BeforeEach
    void setUp() {
        dataSource = database().freshSchema();
        world = new ImportWorld(dataSource, dir.resolve("imports"), BATCH);
        managerA = ImportWorld.manager(101, world.storeA, Locale.SIMPLIFIED_CHINESE);
        managerB = ImportWorld.manager(102, world.storeB, Locale.ENGLISH);
    }

    @AfterEach
    void tearDown() {
        if (world != null) {
            world.close();
        }
    }

    ImportJob run(Actor actor, ImportKind kind, long storeId, String name, byte[] bytes) throws Exception {
        ImportJob queued = world.engine.start(actor, kind, storeId, name, in(bytes));
        assertThat(queued.state()).isIn(ImportState.QUEUED, ImportState.RUNNING, ImportState.DONE);
        ImportJob done = world.engine.await(queued.id(), WAIT);
        assertThat(done.finished()).as("job %s finished", done.id()).isTrue();
        return done;
    }

    List<ImportRejection> rejections(Actor actor, long jobId) {
        return world.engine.rejections(actor, jobId, 0, 1000);
    }

    static List<String> describe(List<ImportRejection> rejections) {
        return rejections.stream().map(r -> r.rowNumber() + "|" + r.column() + "|" + r.messageKey()).toList();
    }

    /** The report's lines (header first) as lists of cells. */
    static List<List<String>> read(byte[] xlsx) {
        List<List<String>> lines = new ArrayList<>();
        try (SheetReader reader = SheetReader.open(new ByteArrayInputStream(xlsx), "report.xlsx")) {
            lines.add(reader.headers());
            for (Iterator<SheetRow> it = reader.iterator(); it.hasNext(); ) {
                lines.add(it.next().cells());
            }
        }
        return lines;
    }

    long count(String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    // ------------------------------------------------------------------------------------------------ customers

    /** A GBK CSV with good and bad rows: the good ones imported, each bad one rejected with row, column, reason. */
    @Test
    void gbkCsvImportsValidRowsAndRejectsInvalidOnes() throws Exception {
        byte[] csv = TestSheets.csv(TestSheets.GBK, List.of(
                List.of("姓名", "手机号", "身份证号", "类型", "标签", "同意联系", "备注", "门店"),
                List.of("张三", mobile(1), idCard(1), "个人", "VIP，老客户", "是", "喜欢SUV", ""),      // 2 ok
                List.of("李四", "1380013800", "", "", "", "", "", ""),                                  // 3 mobile
                List.of("王五", mobile(3), "310115198501010010", "", "", "", "", ""),                  // 4 checksum
                List.of("", mobile(4), "", "", "", "", "", ""),                                        // 5 name
                List.of("上海某某汽车服务有限公司", mobile(5), uscc(5), "公司", "", "", "", ""),           // 6 contact
                List.of("赵六", mobile(6), "", "外星人", "", "", "", ""),                               // 7 type
                List.of("钱七", mobile(7), "", "", "", "", "", ImportWorld.CODE_B),                     // 8 store
                List.of("孙八", mobile(8), "", "", "", "否", "", ImportWorld.CODE_A)));                 // 9 ok

        ImportJob job = run(managerA, ImportKind.CUSTOMERS, world.storeA, "客户名单.csv", csv);

        assertThat(job.state()).isEqualTo(ImportState.DONE);
        assertThat(job.source()).isEqualTo(ImportSource.UPLOAD);
        assertThat(job.totalRows()).isEqualTo(8);
        assertThat(job.processedRows()).isEqualTo(8);
        assertThat(job.imported()).isEqualTo(2);
        assertThat(job.updated() + job.unchanged()).isZero();
        assertThat(job.rejected()).isEqualTo(6);
        assertThat(job.lastCommittedRow()).isEqualTo(9);
        assertThat(job.repeatOf()).isNull();
        assertThat(job.userId()).isEqualTo(101);
        assertThat(describe(rejections(managerA, job.id()))).containsExactly(
                "3|手机号|validation.mobile.length",
                "4|身份证号|validation.idcard.checksum",
                "5|姓名|masterdata.validation.required",
                "6|联系人|masterdata.validation.required",
                "7|类型|import.row.invalidChoice",
                "8|门店|import.row.storeNotInScope");
        ImportRejection store = rejections(managerA, job.id()).get(5);
        assertThat(store.value()).isEqualTo(ImportWorld.CODE_B);
        assertThat(store.args()).containsExactly(ImportWorld.CODE_B);
        assertThat(store.rowText()).isEqualTo("钱七 | " + mobile(7) + " | " + ImportWorld.CODE_B);
        assertThat(rejections(managerA, job.id()).get(0).rowText()).isEqualTo("李四 | 1380013800");

        assertThat(world.customerCount(world.storeA)).isEqualTo(2);
        assertThat(world.customerCount(world.storeB)).isZero();
        CustomerSummary zhang = world.customers.find(managerA, CustomerQuery.text(mobile(1)), 0, 5).get(0);
        Customer z = world.customers.get(managerA, zhang.id());
        assertThat(z.name()).isEqualTo("张三");
        assertThat(z.type()).isEqualTo(CustomerType.PERSON);
        assertThat(z.idNumber()).isEqualTo(idCard(1));
        assertThat(z.tags()).containsExactlyInAnyOrder("vip", "老客户");
        assertThat(z.consent().given()).isTrue();
        assertThat(z.notes()).isEqualTo("喜欢SUV");
        assertThat(z.storeId()).isEqualTo(world.storeA);

        // the error report: in the user's language, and in another on request
        ByteArrayOutputStream zh = new ByteArrayOutputStream();
        world.engine.writeErrorReport(managerA, job.id(), Locale.SIMPLIFIED_CHINESE, zh);
        List<List<String>> lines = read(zh.toByteArray());
        assertThat(lines.get(0)).startsWith("行号", "列", "内容", "原因", "姓名", "手机号");
        assertThat(lines).hasSize(7);
        assertThat(lines.get(1)).startsWith("3", "手机号", "1380013800");
        assertThat(lines.get(1).get(3)).contains("11 位");
        assertThat(lines.get(1).subList(4, 6)).containsExactly("李四", "1380013800");
        assertThat(lines.get(6).get(3)).contains(ImportWorld.CODE_B).contains("门店");
        ByteArrayOutputStream en = new ByteArrayOutputStream();
        world.engine.writeErrorReport(managerA, job.id(), Locale.ENGLISH, en);
        List<List<String>> english = read(en.toByteArray());
        assertThat(english.get(0)).startsWith("Row", "Column", "Value", "Reason");
        assertThat(english.get(1).get(3)).isEqualTo("A mobile number has 11 digits; please re-check it.");
        assertThat(english.get(5).get(3)).contains("\"外星人\" is not a valid value");
        assertThat(english).allSatisfy(l -> assertThat(String.join("", l)).doesNotContain("!import.", "!validation."));

        // the report written when the job ended (in the job's language) is in the job's folder
        Path report = world.engine.reportFile(job.id());
        assertThat(report).isRegularFile().hasParent(world.engine.jobDirectory(job.id()));
        assertThat(read(Files.readAllBytes(report))).isEqualTo(lines);
    }

    /** An .xlsx of vehicles with good and bad rows; the owner found by mobile; imported again: nothing new. */
    @Test
    void xlsxVehiclesAndTheSameFileAgain() throws Exception {
        run(managerA, ImportKind.CUSTOMERS, world.storeA, "customers.csv", TestSheets.csvUtf8(List.of(
                List.of("Name", "Mobile"), List.of("张三", mobile(1)), List.of("李四", mobile(2)))));
        LocalDate registered = LocalDate.of(2023, 5, 18);
        byte[] xlsx = TestSheets.xlsx(List.of(
                List.of("VIN", "车牌号", "品牌", "车型", "颜色", "年款", "初登日期", "里程", "车主手机"),
                List.of(vin(1), "沪A12345", "极光", "星云", "珍珠白", 2023, registered, 12345, mobile(1)),   // 2 ok
                List.of(TestSheets.badVin(2), "", "", "", "", "", "", "", ""),                              // 3 vin
                List.of(vin(3), "ABC", "", "", "", "", "", "", ""),                                         // 4 plate
                List.of(vin(4), "", "", "", "", "", "", "", mobile(99)),                                    // 5 owner
                List.of(vin(5), "", "", "", "", "", "明天", "", ""),                                        // 6 date
                List.of(vin(6), "", "", "", "", 1800, "", "", ""),                                          // 7 year
                List.of(vin(7), "粤B D12345".replace(" ", ""), "", "", "", "2024款", "2024/3/5", "8,000 km",
                        mobile(2))));                                                                       // 8 ok

        ImportJob first = run(managerA, ImportKind.VEHICLES, world.storeA, "车辆.xlsx", xlsx);

        assertThat(first.state()).isEqualTo(ImportState.DONE);
        assertThat(first.imported()).isEqualTo(2);
        assertThat(first.rejected()).isEqualTo(5);
        List<ImportRejection> rejected = rejections(managerA, first.id());
        assertThat(describe(rejected)).hasSize(5);
        assertThat(describe(rejected).get(0)).isEqualTo("3|VIN|validation.vin.checksum");
        assertThat(describe(rejected).get(1)).startsWith("4|车牌号|validation.plate.");
        assertThat(describe(rejected).subList(2, 5)).containsExactly(
                "5|车主手机|import.row.ownerNotFound",
                "6|初登日期|import.row.notADate",
                "7|年款|masterdata.validation.range");
        Vehicle v1 = world.vehicles.findByVin(managerA, world.storeA, vin(1)).orElseThrow();
        assertThat(v1.plate()).isEqualTo("沪A12345");
        assertThat(v1.makeText()).isEqualTo("极光");
        assertThat(v1.modelText()).isEqualTo("星云");
        assertThat(v1.modelYear()).isEqualTo(2023);
        assertThat(v1.firstRegistration()).isEqualTo(registered);
        assertThat(v1.lastOdometerKm()).isEqualTo(12345);
        assertThat(v1.ownerId()).isEqualTo(world.customers.find(managerA, CustomerQuery.text(mobile(1)), 0, 1)
                .get(0).id());
        Vehicle v7 = world.vehicles.findByVin(managerA, world.storeA, vin(7)).orElseThrow();
        assertThat(v7.modelYear()).isEqualTo(2024);
        assertThat(v7.firstRegistration()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(v7.lastOdometerKm()).isEqualTo(8000);

        ImportJob again = run(managerA, ImportKind.VEHICLES, world.storeA, "车辆 (1).xlsx", xlsx);

        assertThat(again.repeatOf()).isEqualTo(first.id());
        assertThat(again.sha256()).isEqualTo(first.sha256());
        assertThat(again.imported()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(again.rejected()).isEqualTo(5);
        assertThat(world.vehicleCount(world.storeA)).isEqualTo(2);
        assertThat(world.vehicles.odometer(managerA, v1.id())).hasSize(1);
        assertThat(world.vehicles.owners(managerA, v1.id())).hasSize(1);
    }

    /** The same customer file twice: the second run creates and changes nothing and says so. */
    @Test
    void sameFileTwiceCreatesNoDuplicates() throws Exception {
        byte[] csv = TestSheets.generatedCustomers(120, 0, StandardCharsets.UTF_8);
        ImportJob first = run(managerA, ImportKind.CUSTOMERS, world.storeA, "c.csv", csv);
        assertThat(first.imported()).isEqualTo(120);

        ImportJob second = run(managerA, ImportKind.CUSTOMERS, world.storeA, "c.csv", csv);

        assertThat(second.repeatOf()).isEqualTo(first.id());
        assertThat(second.imported()).isZero();
        assertThat(second.updated()).isZero();
        assertThat(second.unchanged()).isEqualTo(120);
        assertThat(second.rejected()).isZero();
        assertThat(second.hasErrorReport()).isFalse();
        assertThat(world.customerCount(world.storeA)).isEqualTo(120);
        // the same file for another store is another import (and not a repeat)
        ImportJob otherStore = run(ImportWorld.SYSTEM, ImportKind.CUSTOMERS, world.storeB, "c.csv", csv);
        assertThat(otherStore.repeatOf()).isNull();
        assertThat(otherStore.imported()).isEqualTo(120);
        assertThat(world.customerCount(world.storeA)).isEqualTo(120);
    }

    // ------------------------------------------------------------------------------------------------ crash

    /**
     * 10,000 rows, the worker killed in the middle of a batch (after its rows were written, before the checkpoint):
     * after a restart every valid row exists exactly once and every invalid row is rejected exactly once.
     */
    @Test
    void crashInTheMiddleAndResumeAfterRestart() throws Exception {
        int rows = 10_000;
        int badEvery = 97;
        int valid = TestSheets.validGenerated(rows, badEvery);
        byte[] csv = TestSheets.generatedCustomers(rows, badEvery, TestSheets.GBK);
        int crashAtRow = 5_123; // in the batch after the checkpoint at row 5,001
        CountDownLatch crashed = new CountDownLatch(1);
        world.engine.setHook(new JobHook() {
            @Override
            public void afterRow(long jobId, int rowNumber) {
                if (rowNumber == crashAtRow) {
                    crashed.countDown();
                    throw new SimulatedCrash();
                }
            }
        });

        ImportJob queued = world.engine.start(managerA, ImportKind.CUSTOMERS, world.storeA, "一万客户.csv", in(csv));
        assertThat(crashed.await(5, TimeUnit.MINUTES)).isTrue();
        Thread.sleep(200); // the worker thread is gone

        ImportJob atCrash = world.engine.job(queued.id());
        assertThat(atCrash.state()).isEqualTo(ImportState.RUNNING);
        assertThat(atCrash.lastCommittedRow()).isEqualTo(5_001);
        long writtenBeyondCheckpoint = world.customerCount(world.storeA)
                - TestSheets.validGenerated(atCrash.lastCommittedRow() - 1, badEvery);
        assertThat(writtenBeyondCheckpoint).as("rows written after the checkpoint").isPositive();
        world.abandon();
        world = null;

        // "restart": everything new over the same database and import directory
        DataSource again = database().reopen(database().lastSchema());
        world = new ImportWorld(again, dir.resolve("imports"), BATCH);
        dataSource = again;
        assertThat(world.engine.resume()).containsExactly(queued.id());
        ImportJob done = world.engine.await(queued.id(), WAIT);

        assertThat(done.state()).isEqualTo(ImportState.DONE);
        assertThat(world.customerCount(world.storeA)).isEqualTo(valid);
        assertThat(count("SELECT COUNT(*) FROM md_customer")).isEqualTo(valid);
        assertThat(count("SELECT COUNT(DISTINCT mobile) FROM md_customer")).isEqualTo(valid);
        assertThat(count("SELECT COUNT(DISTINCT id_number) FROM md_customer")).isEqualTo(valid);
        assertThat(done.processedRows()).isEqualTo(rows);
        assertThat(done.totalRows()).isEqualTo(rows);
        assertThat(done.imported() + done.updated() + done.unchanged()).isEqualTo(valid);
        assertThat(done.unchanged()).isEqualTo(writtenBeyondCheckpoint);
        assertThat(done.rejected()).isEqualTo(rows - valid);
        assertThat(world.engine.countRejections(managerA, done.id())).isEqualTo(rows - valid);
        assertThat(count("SELECT COUNT(*) FROM imp_rejection")).isEqualTo(rows - valid);
        assertThat(done.lastCommittedRow()).isEqualTo(rows + 1);
    }

    /** Thrown by the test hook: ends the worker thread like a kill, with no clean-up of ours. */
    static final class SimulatedCrash extends Error {
        private static final long serialVersionUID = 1L;

        SimulatedCrash() {
            super("simulated crash", null, false, false);
        }
    }

    /** A stop (bundle stopping) lets the row finish, commits the batch, leaves the job running for the next start. */
    @Test
    void gracefulStopResumesAtTheNextStart() throws Exception {
        int rows = 700;
        byte[] csv = TestSheets.generatedCustomers(rows, 0, StandardCharsets.UTF_8);
        CountDownLatch halfway = new CountDownLatch(1);
        world.engine.setHook(new JobHook() {
            @Override
            public void afterRow(long jobId, int rowNumber) {
                if (rowNumber == 450) {
                    halfway.countDown();
                    try {
                        Thread.sleep(300); // close() is called meanwhile
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        });
        ImportJob queued = world.engine.start(managerA, ImportKind.CUSTOMERS, world.storeA, "c.csv", in(csv));
        assertThat(halfway.await(2, TimeUnit.MINUTES)).isTrue();
        world.close();
        world = new ImportWorld(database().reopen(database().lastSchema()), dir.resolve("imports"), BATCH);
        ImportJob stopped = world.engine.job(queued.id());
        assertThat(stopped.state()).isEqualTo(ImportState.RUNNING);
        assertThat(stopped.lastCommittedRow()).isBetween(450, 460);
        assertThat(stopped.imported()).isEqualTo(stopped.lastCommittedRow() - 1);

        world.engine.resume();
        ImportJob done = world.engine.await(queued.id(), WAIT);

        assertThat(done.imported()).isEqualTo(rows);
        assertThat(done.unchanged()).isZero();
        assertThat(world.customerCount(world.storeA)).isEqualTo(rows);
    }

    // ------------------------------------------------------------------------------------------------ scope

    /** Stores outside the actor's scope: no import into them, no sight of their jobs. */
    @Test
    void importsAreRestrictedToTheStoresTheUserMaySee() throws Exception {
        byte[] csv = TestSheets.csvUtf8(List.of(List.of("姓名", "手机"), List.of("周九", mobile(9))));
        assertThatThrownBy(() -> world.engine.start(managerA, ImportKind.CUSTOMERS, world.storeB, "c.csv", in(csv)))
                .isInstanceOf(NotPermittedException.class);
        Actor noImport = ImportWorld.user(103, Scope.store(world.storeA), world.storeA, Locale.ENGLISH,
                MasterdataPermissions.CUSTOMER_EDIT, MasterdataPermissions.CUSTOMER_VIEW);
        assertThatThrownBy(() -> world.engine.start(noImport, ImportKind.CUSTOMERS, world.storeA, "c.csv", in(csv)))
                .isInstanceOf(NotPermittedException.class)
                .satisfies(e -> assertThat(((ForecourtException) e).args()).containsExactly(ImportService.PERMISSION));
        Actor noVehicles = ImportWorld.user(104, Scope.store(world.storeA), world.storeA, Locale.ENGLISH,
                ImportService.PERMISSION, MasterdataPermissions.CUSTOMER_EDIT, MasterdataPermissions.CUSTOMER_VIEW);
        assertThatThrownBy(() -> world.engine.start(noVehicles, ImportKind.VEHICLES, world.storeA, "v.csv", in(csv)))
                .isInstanceOf(NotPermittedException.class);

        ImportJob job = run(managerA, ImportKind.CUSTOMERS, world.storeA, "c.csv", csv);
        assertThat(world.engine.jobs(managerA, 0, 10)).extracting(ImportJob::id).containsExactly(job.id());
        assertThat(world.engine.jobs(managerB, 0, 10)).isEmpty();
        assertThat(world.engine.countJobs(managerB)).isZero();
        assertThatThrownBy(() -> world.engine.job(managerB, job.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> world.engine.rejections(managerB, job.id(), 0, 10))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> world.engine.writeErrorReport(managerB, job.id(), Locale.ENGLISH,
                new ByteArrayOutputStream())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> world.engine.subscribe(managerB, job.id(), j -> { }))
                .isInstanceOf(NotFoundException.class);
        // a brand-level user sees both stores' jobs, and may send rows to either by store code
        Actor brand = ImportWorld.user(105, Scope.stores(java.util.Set.of(world.storeA, world.storeB)), null,
                Locale.ENGLISH, ImportService.PERMISSION, MasterdataPermissions.CUSTOMER_EDIT,
                MasterdataPermissions.CUSTOMER_VIEW);
        ImportJob mixed = run(brand, ImportKind.CUSTOMERS, world.storeA, "mixed.csv", TestSheets.csvUtf8(List.of(
                List.of("姓名", "手机", "门店代码"), List.of("吴十", mobile(10), ImportWorld.CODE_B),
                List.of("郑一", mobile(11), ""), List.of("冯二", mobile(12), ImportWorld.CODE_C))));
        assertThat(mixed.imported()).isEqualTo(2);
        assertThat(describe(rejections(brand, mixed.id()))).containsExactly("4|门店代码|import.row.storeNotInScope");
        assertThat(world.customerCount(world.storeB)).isEqualTo(1);
        assertThat(world.customerCount(world.storeC)).isZero();
        assertThat(world.engine.countJobs(brand)).isEqualTo(2);
    }

    // ------------------------------------------------------------------------------------------------ refusals

    /** A file that cannot be imported at all: the job fails with the reason, the report says it in one line. */
    @Test
    void refusedFilesFailWithAReason() throws Exception {
        ImportJob missing = run(managerA, ImportKind.CUSTOMERS, world.storeA, "c.csv",
                TestSheets.csvUtf8(List.of(List.of("姓名", "地址"), List.of("张三", "上海"))));
        assertThat(missing.state()).isEqualTo(ImportState.FAILED);
        assertThat(missing.errorKey()).isEqualTo("import.sheet.missingColumns");
        assertThat(missing.errorArgs()).containsExactly("手机");
        assertThat(missing.hasErrorReport()).isTrue();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        world.engine.writeErrorReport(managerA, missing.id(), Locale.ENGLISH, out);
        List<List<String>> lines = read(out.toByteArray());
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1).get(3)).isEqualTo("Required columns are missing: 手机.");

        ImportJob xls = run(managerA, ImportKind.CUSTOMERS, world.storeA, "old.xlsx",
                new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1,
                    0, 0, 0, 0});
        assertThat(xls.state()).isEqualTo(ImportState.FAILED);
        assertThat(xls.errorKey()).isEqualTo("import.sheet.unsupportedFormat");

        assertThatThrownBy(() -> world.engine.start(managerA, ImportKind.CUSTOMERS, world.storeA, "客户.xls",
                in(new byte[] {1, 2, 3}))).isInstanceOf(ForecourtException.class)
                .satisfies(e -> assertThat(((ForecourtException) e).messageKey()).isEqualTo(JobKeys.FILE_TYPE));
        assertThatThrownBy(() -> world.engine.start(managerA, ImportKind.CUSTOMERS, world.storeA, "empty.csv",
                in(new byte[0]))).isInstanceOf(ForecourtException.class)
                .satisfies(e -> assertThat(((ForecourtException) e).messageKey()).isEqualTo(JobKeys.EMPTY));
        assertThat(world.engine.countJobs(managerA)).isEqualTo(2);
        assertThat(Files.list(dir.resolve("imports").resolve(ImportEngine.INCOMING))).isEmpty();
    }

    /** Subscribers hear about every batch and the end; the counts they get only grow. */
    @Test
    void subscribersFollowTheProgress() throws Exception {
        byte[] csv = TestSheets.generatedCustomers(700, 0, StandardCharsets.UTF_8);
        CountDownLatch start = new CountDownLatch(1);
        world.engine.setHook(new JobHook() {
            @Override
            public void afterRow(long jobId, int rowNumber) {
                if (rowNumber == 2) {
                    try {
                        start.await(1, TimeUnit.MINUTES);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        });
        ImportJob queued = world.engine.start(managerA, ImportKind.CUSTOMERS, world.storeA, "c.csv", in(csv));
        List<ImportJob> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (AutoCloseable s = world.engine.subscribe(managerA, queued.id(), seen::add)) {
            start.countDown();
            ImportJob done = world.engine.await(queued.id(), WAIT);
            assertThat(done.imported()).isEqualTo(700);
            Thread.sleep(100);
        }
        assertThat(seen).hasSizeGreaterThanOrEqualTo(4);
        assertThat(seen).extracting(ImportJob::processedRows).isSorted();
        assertThat(seen.get(0).progress()).isBetween(0.0, 0.5);
        assertThat(seen.get(seen.size() - 1).state()).isEqualTo(ImportState.DONE);
        assertThat(seen.get(seen.size() - 1).progress()).isEqualTo(1.0);
    }
}
