package org.forecourt.imports.internal.job;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.forecourt.core.api.Actor;
import org.forecourt.core.api.ForecourtException;
import org.forecourt.core.api.NotFoundException;
import org.forecourt.core.api.org.OrganisationService;
import org.forecourt.core.api.org.Store;
import org.forecourt.imports.api.ImportColumn;
import org.forecourt.imports.api.ImportJob;
import org.forecourt.imports.api.ImportKind;
import org.forecourt.imports.api.ImportRejection;
import org.forecourt.imports.api.ImportService;
import org.forecourt.imports.api.ImportSource;
import org.forecourt.imports.api.ImportState;
import org.forecourt.imports.internal.rows.CustomerRows;
import org.forecourt.imports.internal.rows.RowContext;
import org.forecourt.imports.internal.rows.RowProblem;
import org.forecourt.imports.internal.rows.RowResult;
import org.forecourt.imports.internal.rows.RowImporter;
import org.forecourt.imports.internal.rows.VehicleRows;
import org.forecourt.imports.internal.sheet.ColumnMap;
import org.forecourt.imports.internal.sheet.ErrorReportWriter;
import org.forecourt.imports.internal.sheet.SheetException;
import org.forecourt.imports.internal.sheet.SheetReader;
import org.forecourt.imports.internal.sheet.SheetRow;
import org.forecourt.masterdata.api.MasterdataPermissions;
import org.forecourt.masterdata.api.customer.CustomerService;
import org.forecourt.masterdata.api.vehicle.VehicleService;
import org.forecourt.persistence.Jpa;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything {@link ImportService} does, over the {@code imports} unit and the master data services; the OSGi
 * component only wires it, and tests run it directly against real databases.
 *
 * <h2>Jobs</h2>
 * {@link #submit} copies the file into {@code <importDirectory>/<job id>/} (computing its SHA-256), records the job
 * (QUEUED) and hands it to a worker thread. A worker reads the file with {@link SheetReader}, maps its header, and
 * imports the rows after the job's checkpoint in batches of {@link ImportSettings#batchSize()} rows: each row
 * through the master data service's {@code upsertByNaturalKey} (its own transaction), then, per batch, one
 * transaction in the {@code imports} unit with the batch's rejected rows, the counts and the new checkpoint
 * ({@code lastCommittedRow}).
 *
 * <h2>Exactly once</h2>
 * The master data writes and the checkpoint cannot share a transaction (two units, each service call its own
 * transaction). After a crash the rows after the checkpoint are imported again: those already written come back
 * UNCHANGED from the idempotent upsert, so every valid row exists exactly once, and the rejected rows and counts of
 * the batch, committed with the checkpoint or not at all, are never recorded twice. (The one thing a crash can blur
 * is the split of the counts: a row created just before the crash is counted as unchanged.) {@link #resume()} queues
 * every QUEUED or RUNNING job: it is called when the imports bundle starts.
 *
 * <h2>Stopping</h2>
 * {@link #close()} lets each worker finish its row, commit the pending batch and leave the job RUNNING, so that the
 * next start resumes it. Threads are never interrupted (Derby closes its files on interrupts).
 */
public final class ImportEngine implements ImportService, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ImportEngine.class);
    private static final Set<String> EXTENSIONS = Set.of("xlsx", "xlsm", "csv", "tsv", "txt");
    private static final AtomicInteger THREADS = new AtomicInteger();
    static final String INCOMING = "incoming";
    static final String REPORT_FILE = "errors.xlsx";
    static final int ROW_TEXT = 300;

    private final JobStore store;
    private final OrganisationService organisation;
    private final Translator translator;
    private final ImportSettings settings;
    private final Clock clock;
    private final Map<ImportKind, RowImporter> importers = new EnumMap<>(ImportKind.class);
    private final ExecutorService workers;
    /** Jobs queued or running in this engine. */
    private final Map<Long, Run> runs = new ConcurrentHashMap<>();
    private final Map<Long, List<Consumer<ImportJob>>> listeners = new ConcurrentHashMap<>();
    private volatile boolean stopping;
    private volatile JobHook hook = JobHook.NONE;

    /** A job queued or running here, with its live counts. */
    static final class Run {
        final long jobId;
        volatile JobStore.Progress live;

        Run(long jobId) {
            this.jobId = jobId;
        }
    }

    /** Thrown inside a worker when the engine stops: the job stays RUNNING. */
    static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super("stopped", null, false, false);
        }
    }

    public ImportEngine(Jpa jpa, CustomerService customers, VehicleService vehicles, OrganisationService organisation,
                        Translator translator, ImportSettings settings, Clock clock) {
        this.store = new JobStore(jpa);
        this.organisation = organisation;
        this.translator = translator;
        this.settings = settings;
        this.clock = clock;
        importers.put(ImportKind.CUSTOMERS, new CustomerRows(customers));
        importers.put(ImportKind.VEHICLES, new VehicleRows(vehicles, customers));
        ThreadPoolExecutor pool = new ThreadPoolExecutor(settings.workerThreads(), settings.workerThreads(), 60,
                TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "forecourt-import-" + THREADS.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        pool.allowCoreThreadTimeOut(true);
        this.workers = pool;
    }

    /** For tests: called after each row and checkpoint. */
    public void setHook(JobHook hook) {
        this.hook = hook == null ? JobHook.NONE : hook;
    }

    public ImportSettings settings() {
        return settings;
    }

    /**
     * Queues every job left QUEUED or RUNNING (by a crash or a stop) and clears half-received files.
     *
     * @return the ids of the jobs queued
     */
    public List<Long> resume() {
        clearIncoming();
        List<Long> ids = store.unfinished();
        if (!ids.isEmpty()) {
            LOG.info("Resuming {} import job(s): {}", ids.size(), ids);
        }
        ids.forEach(this::enqueue);
        return ids;
    }

    // ------------------------------------------------------------------------------------------------ the service

    @Override
    public ImportJob start(Actor actor, ImportKind kind, long storeId, String fileName, InputStream content)
            throws IOException {
        actor.require(PERMISSION);
        actor.require(editPermission(kind));
        actor.scope().requireStore(storeId);
        organisation.store(actor, storeId).orElseThrow(() -> new NotFoundException("Store", storeId));
        return submit(actor, kind, storeId, fileName, content, ImportSource.UPLOAD);
    }

    static String editPermission(ImportKind kind) {
        return kind == ImportKind.CUSTOMERS ? MasterdataPermissions.CUSTOMER_EDIT : MasterdataPermissions.VEHICLE_EDIT;
    }

    /** Whether the name ends in an extension an import reads. */
    public static boolean acceptedFileName(String fileName) {
        String name = fileName == null ? "" : fileName.strip();
        int dot = name.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /**
     * Stores the file and queues the job, without the permission checks of {@link #start} (the inbox folder acts as
     * the system for the folder's store).
     */
    public ImportJob submit(Actor actor, ImportKind kind, long storeId, String fileName, InputStream content,
                            ImportSource source) throws IOException {
        String name = fileName == null ? "" : fileName.strip();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        if (!acceptedFileName(name)) {
            throw new ForecourtException(JobKeys.FILE_TYPE, name);
        }
        if (name.length() > 255) {
            name = name.substring(name.length() - 255);
        }
        Path incoming = settings.importDirectory().resolve(INCOMING);
        Files.createDirectories(incoming);
        Path part = Files.createTempFile(incoming, "upload-", ".part");
        boolean moved = false;
        try {
            long size;
            String sha256;
            MessageDigest digest = sha256();
            try (InputStream in = new DigestInputStream(content, digest);
                 OutputStream out = Files.newOutputStream(part)) {
                size = copy(in, out, settings.maxFileBytes());
            }
            if (size < 0) {
                throw new ForecourtException(JobKeys.TOO_LARGE, settings.maxFileBytes() / ImportSettings.MIB);
            }
            if (size == 0) {
                throw new ForecourtException(JobKeys.EMPTY);
            }
            sha256 = HexFormat.of().formatHex(digest.digest());
            Long repeatOf = store.findRepeat(storeId, kind, sha256);
            long id = store.create(new ImportJobEntity(storeId, kind, source, name, sha256, size,
                    JobActor.of(actor), repeatOf, now()));
            Path dir = jobDirectory(id);
            Files.createDirectories(dir);
            Path target = dir.resolve(safeName(name));
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
            moved = true;
            store.setStoredFile(id, target.toAbsolutePath().toString());
            LOG.info("Import job {} queued: {} {} for store {} ({} bytes, by {})", id, kind, name, storeId, size,
                    actor.username());
            enqueue(id);
            return job(id);
        } finally {
            if (!moved) {
                Files.deleteIfExists(part);
            }
        }
    }

    @Override
    public ImportJob job(Actor actor, long jobId) {
        actor.require(PERMISSION);
        return live(store.load(actor, jobId).job());
    }

    /** The job as the system sees it (live counts). */
    public ImportJob job(long jobId) {
        return live(store.load(jobId).job());
    }

    @Override
    public List<ImportJob> jobs(Actor actor, int offset, int limit) {
        actor.require(PERMISSION);
        checkPage(offset, limit);
        return store.list(actor, offset, limit).stream().map(this::live).toList();
    }

    @Override
    public long countJobs(Actor actor) {
        actor.require(PERMISSION);
        return store.count(actor);
    }

    @Override
    public List<ImportRejection> rejections(Actor actor, long jobId, int offset, int limit) {
        actor.require(PERMISSION);
        checkPage(offset, limit);
        store.load(actor, jobId);
        return store.rejections(jobId, offset, limit);
    }

    @Override
    public long countRejections(Actor actor, long jobId) {
        actor.require(PERMISSION);
        store.load(actor, jobId);
        return store.countRejections(jobId);
    }

    @Override
    public void writeErrorReport(Actor actor, long jobId, Locale locale, OutputStream out) throws IOException {
        actor.require(PERMISSION);
        writeReport(store.load(actor, jobId), locale == null ? actor.locale() : locale, out);
    }

    @Override
    public AutoCloseable subscribe(Actor actor, long jobId, Consumer<ImportJob> listener) {
        job(actor, jobId); // visible?
        List<Consumer<ImportJob>> list = listeners.computeIfAbsent(jobId, id -> new CopyOnWriteArrayList<>());
        list.add(listener);
        return () -> {
            list.remove(listener);
            listeners.computeIfPresent(jobId, (id, l) -> l.isEmpty() ? null : l);
        };
    }

    @Override
    public List<ImportColumn> columns(ImportKind kind) {
        List<ImportColumn> columns = new ArrayList<>();
        for (ColumnMap.Field f : importers.get(kind).columns().fields()) {
            columns.add(new ImportColumn(f.name(), f.required(), f.aliases()));
        }
        return columns;
    }

    @Override
    public long maxFileBytes() {
        return settings.maxFileBytes();
    }

    /** Waits until the job has finished (polling the database), at most {@code timeout}. */
    public ImportJob await(long jobId, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (true) {
            ImportJob job = job(jobId);
            if (job.finished() || System.nanoTime() > end) {
                return job;
            }
            Thread.sleep(25);
        }
    }

    /** The folder of a job's files. */
    public Path jobDirectory(long jobId) {
        return settings.importDirectory().resolve(String.valueOf(jobId));
    }

    /** The error report the job wrote when it ended (in its own language), if any. */
    public Path reportFile(long jobId) {
        String report = store.load(jobId).reportFile();
        return report == null ? null : Path.of(report);
    }

    // ------------------------------------------------------------------------------------------------ workers

    private void enqueue(long jobId) {
        if (stopping) {
            return;
        }
        Run run = new Run(jobId);
        if (runs.putIfAbsent(jobId, run) != null) {
            return; // already queued or running here
        }
        workers.execute(() -> {
            try {
                execute(run);
            } finally {
                runs.remove(jobId, run);
            }
        });
    }

    private void execute(Run run) {
        if (stopping) {
            return;
        }
        ImportJob result;
        try {
            result = new JobRunner(run).run();
        } catch (Stopped e) {
            LOG.info("Import job {} stopped at row {}; it resumes at the next start", run.jobId,
                    run.live == null ? "?" : run.live.lastCommittedRow());
            return;
        } catch (RuntimeException e) {
            LOG.error("Import job {} could not be run", run.jobId, e);
            return;
        }
        notifyListeners(result);
        listeners.remove(run.jobId);
    }

    /** One job's pass over its file. */
    private final class JobRunner {
        private final Run run;
        private final long id;
        private JobStore.Stored stored;
        private int total;
        private int processed;
        private int imported;
        private int updated;
        private int unchanged;
        private int rejected;
        private int lastRow;
        private final List<RejectionEntity> pending = new ArrayList<>();
        private int pendingRows;

        JobRunner(Run run) {
            this.run = run;
            this.id = run.jobId;
        }

        ImportJob run() {
            stored = store.load(id);
            ImportJob job = stored.job();
            if (job.finished()) {
                return job;
            }
            total = job.totalRows();
            processed = job.processedRows();
            imported = job.imported();
            updated = job.updated();
            unchanged = job.unchanged();
            rejected = job.rejected();
            lastRow = job.lastCommittedRow();
            if (stored.storedFile() == null || !Files.isRegularFile(Path.of(stored.storedFile()))) {
                return fail(JobKeys.FILE_MISSING, List.of());
            }
            store.markRunning(id, now());
            Actor actor = stored.actor().toActor();
            RowImporter importer = importers.get(job.kind());
            try (SheetReader reader = SheetReader.open(Path.of(stored.storedFile()))) {
                ColumnMap.Mapping mapping = importer.columns().map(reader.headers());
                mapping.requireComplete(reader.headerRowNumber());
                RowContext context = new RowContext(actor, job.storeId(),
                        storesByCode(actor), LocalDate.now(clock.withZone(actor.zone())));
                total = (int) Math.max(total, reader.estimatedRowCount());
                publish();
                Iterator<SheetRow> rows = reader.rowsAfter(lastRow).iterator();
                while (true) {
                    if (stopping) {
                        commit(reader);
                        throw new Stopped();
                    }
                    if (!rows.hasNext()) {
                        break;
                    }
                    SheetRow row = rows.next();
                    importRow(importer, context, mapping, reader, row);
                    hook.afterRow(id, row.rowNumber());
                    if (pendingRows >= settings.batchSize()) {
                        commit(reader);
                        hook.afterCheckpoint(id, lastRow);
                        if (listeners.containsKey(id)) {
                            notifyListeners(job(id));
                        }
                    }
                }
                total = processed;
                commit(reader);
                return finish();
            } catch (SheetException e) {
                commitQuietly();
                return fail(e.messageKey(), List.of(e.args()));
            } catch (Stopped e) {
                throw e;
            } catch (RuntimeException e) {
                if (stopping) {
                    LOG.info("Import job {} broke off while stopping: {}", id, e.toString());
                    throw new Stopped();
                }
                LOG.error("Import job {} broke off after row {}", id, lastRow, e);
                commitQuietly();
                return fail(JobKeys.UNEXPECTED, List.of(lastRow));
            }
        }

        private void importRow(RowImporter importer, RowContext context,
                               ColumnMap.Mapping mapping, SheetReader reader, SheetRow row) {
            RowResult result = importer.importRow(context, mapping, row);
            processed++;
            pendingRows++;
            lastRow = row.rowNumber();
            switch (result.outcome()) {
                case IMPORTED -> imported++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
                case REJECTED -> {
                    rejected++;
                    String rowText = rowText(row);
                    int seq = 0;
                    for (RowProblem p : result.problems()) {
                        String column = "";
                        String value = "";
                        if (p.field() != null) {
                            OptionalInt col = mapping.column(p.field());
                            if (col.isPresent()) {
                                column = reader.columnLabel(col.getAsInt());
                                value = row.cell(col.getAsInt());
                            } else {
                                ColumnMap.Field f = importer.columns().field(p.field());
                                column = f == null ? "" : f.title();
                            }
                        }
                        pending.add(new RejectionEntity(id, row.rowNumber(), seq++, cut(column, 200), cut(value, 1000),
                                cut(p.messageKey(), 200), Args.encode(p.args()), rowText));
                    }
                }
                default -> throw new IllegalStateException(result.outcome().name());
            }
            publish();
        }

        private JobStore.Progress progress() {
            return new JobStore.Progress(Math.max(total, processed), processed, imported, updated, unchanged,
                    rejected, lastRow);
        }

        private void publish() {
            run.live = progress();
        }

        /** The pending batch: its rejected rows, the counts and the checkpoint in one transaction. */
        private void commit(SheetReader reader) {
            if (reader != null) {
                total = (int) Math.max(total, Math.max(processed, reader.estimatedRowCount()));
            }
            if (pendingRows == 0 && pending.isEmpty()) {
                return;
            }
            store.checkpoint(id, progress(), List.copyOf(pending));
            pending.clear();
            pendingRows = 0;
        }

        private void commitQuietly() {
            try {
                commit(null);
            } catch (RuntimeException e) {
                LOG.warn("Import job {}: the last batch could not be committed; it is imported again on resume", id, e);
            }
        }

        private ImportJob finish() {
            String report = null;
            if (rejected > 0) {
                report = writeReportFile(id, stored.actor().locale());
            }
            store.finish(id, ImportState.DONE, progress(), null, List.of(), report, now());
            ImportJob result = job(id);
            LOG.info("Import job {} done: {} rows, {} imported, {} updated, {} unchanged, {} rejected", id,
                    result.processedRows(), result.imported(), result.updated(), result.unchanged(), result.rejected());
            return result;
        }

        private ImportJob fail(String key, List<Object> args) {
            store.finish(id, ImportState.FAILED, progress(), key, args, null, now());
            String report = writeReportFile(id, stored.actor().locale());
            if (report != null) {
                store.setReportFile(id, report);
            }
            LOG.info("Import job {} failed: {} {}", id, key, args);
            return job(id);
        }
    }

    private Map<String, Long> storesByCode(Actor actor) {
        Map<String, Long> byCode = new HashMap<>();
        for (Store s : organisation.stores(actor)) {
            if (s.code() != null) {
                byCode.put(s.code().trim().toUpperCase(Locale.ROOT), s.id());
            }
        }
        return byCode;
    }

    /** The job with the live counts of its run, when it runs here. */
    private ImportJob live(ImportJob job) {
        Run run = runs.get(job.id());
        JobStore.Progress p = run == null ? null : run.live;
        if (p == null || job.finished() || p.processedRows() < job.processedRows()) {
            return job;
        }
        return new ImportJob(job.id(), job.kind(), job.storeId(), job.fileName(), job.sha256(), job.fileSize(),
                job.source(), job.state(), job.userId(), job.userName(), p.totalRows(), p.processedRows(),
                p.imported(), p.updated(), p.unchanged(), p.rejected(), job.lastCommittedRow(), job.errorKey(),
                job.errorArgs(), job.repeatOf(), job.createdAt(), job.startedAt(), job.finishedAt());
    }

    private void notifyListeners(ImportJob job) {
        List<Consumer<ImportJob>> list = listeners.get(job.id());
        if (list == null) {
            return;
        }
        for (Consumer<ImportJob> l : list) {
            try {
                l.accept(job);
            } catch (RuntimeException e) {
                LOG.warn("An import listener failed", e);
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ reports

    /** Writes {@code <job dir>/errors.xlsx} in {@code locale}; null when it cannot be written. */
    private String writeReportFile(long jobId, Locale locale) {
        Path file = jobDirectory(jobId).resolve(REPORT_FILE);
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                writeReport(store.load(jobId), locale, out);
            }
            return file.toAbsolutePath().toString();
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not write the error report of import job {}", jobId, e);
            return null;
        }
    }

    private void writeReport(JobStore.Stored stored, Locale locale, OutputStream out) throws IOException {
        ImportJob job = stored.job();
        SheetReader reader = null;
        if (stored.storedFile() != null && Files.isRegularFile(Path.of(stored.storedFile()))) {
            try {
                reader = SheetReader.open(Path.of(stored.storedFile()));
            } catch (RuntimeException e) {
                LOG.debug("Report of job {} without the original rows: {}", job.id(), e.toString());
            }
        }
        try (ErrorReportWriter report = ErrorReportWriter.open(out, locale,
                reader == null ? List.of() : reader.headers())) {
            if (job.state() == ImportState.FAILED && job.errorKey() != null) {
                report.add(0, "", "", translator.get(locale, job.errorKey(), job.errorArgs().toArray()));
            }
            Iterator<SheetRow> rows = reader == null ? null : reader.iterator();
            SheetRow current = null;
            int offset = 0;
            int page = 1000;
            while (true) {
                List<ImportRejection> chunk = store.rejections(job.id(), offset, page);
                for (ImportRejection r : chunk) {
                    List<String> cells = List.of();
                    if (rows != null) {
                        try {
                            while ((current == null || current.rowNumber() < r.rowNumber()) && rows.hasNext()) {
                                current = rows.next();
                            }
                        } catch (RuntimeException e) {
                            rows = null; // the file breaks further down: the rest without original cells
                        }
                        if (current != null && current.rowNumber() == r.rowNumber()) {
                            cells = current.cells();
                        }
                    }
                    report.add(r.rowNumber(), r.column(), r.value(),
                            translator.get(locale, r.messageKey(), r.argArray()), cells);
                }
                if (chunk.size() < page) {
                    break;
                }
                offset += page;
            }
        } finally {
            if (reader != null) {
                reader.close();
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static void checkPage(int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("offset >= 0, limit 1..1000: " + offset + ", " + limit);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Copies at most {@code max} bytes; -1 when there is more. */
    private static long copy(InputStream in, OutputStream out, long max) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > max) {
                return -1;
            }
            out.write(buffer, 0, n);
        }
        return total;
    }

    /** A file name safe on every file system, keeping letters (Chinese too), digits, dot, dash and underscore. */
    static String safeName(String name) {
        String s = name.replaceAll("[^\\p{L}\\p{N}._\\- ]", "_").strip();
        if (s.startsWith(".")) {
            s = "_" + s;
        }
        if (s.length() > 120) {
            s = s.substring(s.length() - 120);
        }
        return s.isEmpty() ? "file" : s;
    }

    /** A rejected row's non-empty cells, for people to recognise it: {@code 张三 | 1380013800 | VIP}. */
    static String rowText(SheetRow row) {
        StringBuilder sb = new StringBuilder();
        for (String cell : row.cells()) {
            if (cell.isBlank()) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append(" | ");
            }
            sb.append(cell.strip());
            if (sb.length() >= ROW_TEXT) {
                break;
            }
        }
        return sb.length() > ROW_TEXT ? sb.substring(0, ROW_TEXT - 1) + "…" : sb.toString();
    }

    private static String cut(String s, int max) {
        String v = s == null ? "" : s;
        return v.length() > max ? v.substring(0, max) : v;
    }

    private void clearIncoming() {
        Path incoming = settings.importDirectory().resolve(INCOMING);
        if (!Files.isDirectory(incoming)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(incoming, "*.part")) {
            for (Path f : files) {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            LOG.warn("Could not clear {}", incoming, e);
        }
    }

    /** Lets the workers finish their row and commit; jobs stay RUNNING and resume at the next start. */
    @Override
    public void close() {
        stopping = true;
        workers.shutdown();
        try {
            if (!workers.awaitTermination(60, TimeUnit.SECONDS)) {
                LOG.warn("Import workers still busy after 60 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        listeners.clear();
    }
}
