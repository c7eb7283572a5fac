package org.forecourt.imports.internal.folder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.forecourt.core.api.Actor;
import org.forecourt.core.api.ForecourtException;
import org.forecourt.core.api.NotFoundException;
import org.forecourt.core.api.org.OrganisationService;
import org.forecourt.core.api.org.Store;
import org.forecourt.imports.api.ImportJob;
import org.forecourt.imports.api.ImportKind;
import org.forecourt.imports.api.ImportSource;
import org.forecourt.imports.api.ImportState;
import org.forecourt.imports.internal.job.ImportEngine;
import org.forecourt.imports.internal.job.Translator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The inbox folder: {@code <inbox>/<store code>/customers/} and {@code <inbox>/<store code>/vehicles/} (created for
 * every active store). A file dropped there is imported as the system acting for that store, once it is completely
 * written: its size and modification time must stay the same over two polls at least {@code stableFor} apart
 * (temporary names such as {@code .~lock}, {@code *.tmp}, {@code *.part} and hidden files are left alone).
 *
 * <p>A ready file is first moved to {@code processing/}, then handed to the engine (which copies it into the job's
 * folder), then renamed {@code processing/<job id>_<name>}. When the job ends it moves to {@code done/} (or
 * {@code failed/} when the file was refused), with the error report next to it as
 * {@code <job id>_<name>_errors.xlsx}. Everything the watcher needs to carry on is in those folder names, so a
 * restart at any point loses nothing: a claimed file without a job id is submitted again, a job still running is
 * resumed by the engine and its file moved when it ends. A file refused before a job exists (e.g. a .xls, or empty)
 * goes to {@code failed/} with {@code <name>_error.txt} giving the reason.
 */
public final class FolderWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FolderWatcher.class);
    public static final String PROCESSING = "processing";
    public static final String DONE = "done";
    public static final String FAILED = "failed";
    private static final Pattern CLAIMED = Pattern.compile("([0-9]+)_(.+)");
    private static final Duration EMPTY_FILE_WAIT = Duration.ofMinutes(1);
    private static final int FOLDER_REFRESH_POLLS = 12;

    private final ImportEngine engine;
    private final OrganisationService organisation;
    private final Translator translator;
    private final Path inbox;
    private final Duration pollInterval;
    private final Duration stableFor;
    private final Clock clock;
    private final Actor system = Actor.system("imports-folder");
    private final Map<Path, Observation> seen = new HashMap<>();
    private final Set<String> unknownFolders = new HashSet<>();
    private volatile ScheduledExecutorService timer;
    private int polls;

    private record Observation(long size, long modified, Instant since) {
    }

    public FolderWatcher(ImportEngine engine, OrganisationService organisation, Translator translator, Path inbox,
                         Duration pollInterval, Duration stableFor, Clock clock) {
        this.engine = engine;
        this.organisation = organisation;
        this.translator = translator;
        this.inbox = inbox;
        this.pollInterval = pollInterval;
        this.stableFor = stableFor;
        this.clock = clock;
    }

    public Path inbox() {
        return inbox;
    }

    /** Polls every {@code pollInterval} on a thread of its own. */
    public synchronized void start() {
        if (timer != null) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "forecourt-import-inbox");
            t.setDaemon(true);
            return t;
        });
        long millis = Math.max(100, pollInterval.toMillis());
        timer.scheduleWithFixedDelay(this::pollQuietly, 0, millis, TimeUnit.MILLISECONDS);
        LOG.info("Watching {} for imports every {} ms", inbox, millis);
    }

    private void pollQuietly() {
        try {
            poll();
        } catch (RuntimeException | IOException e) {
            LOG.warn("Import inbox {}: poll failed", inbox, e);
        }
    }

    /** One pass over the inbox (tests call it directly). */
    public synchronized void poll() throws IOException {
        Files.createDirectories(inbox);
        Map<String, Store> stores = new HashMap<>();
        for (Store s : organisation.stores(system)) {
            if (s.code() != null) {
                stores.put(s.code().trim().toUpperCase(Locale.ROOT), s);
            }
        }
        if (polls++ % FOLDER_REFRESH_POLLS == 0) {
            createFolders(stores.values());
        }
        Set<Path> present = new HashSet<>();
        for (Path storeDir : list(inbox)) {
            if (!Files.isDirectory(storeDir)) {
                continue;
            }
            String code = storeDir.getFileName().toString();
            Store store = stores.get(code.trim().toUpperCase(Locale.ROOT));
            if (store == null) {
                if (unknownFolders.add(code)) {
                    LOG.warn("Import inbox: folder {} is not a store code; files in it are not imported", storeDir);
                }
                continue;
            }
            for (ImportKind kind : ImportKind.values()) {
                Path kindDir = storeDir.resolve(kind.folder());
                if (!Files.isDirectory(kindDir)) {
                    continue;
                }
                settle(kindDir, store, kind);
                for (Path file : list(kindDir)) {
                    if (!Files.isRegularFile(file) || ignored(file.getFileName().toString())) {
                        continue;
                    }
                    present.add(file);
                    if (ready(file)) {
                        take(file, store, kind);
                    }
                }
            }
        }
        seen.keySet().retainAll(present);
    }

    /** The store folders with their kind folders, so that staff see where to drop files. */
    private void createFolders(Iterable<Store> stores) {
        for (Store s : stores) {
            if (!s.active() || s.code() == null || s.code().isBlank() || !s.code().matches("[A-Za-z0-9._-]+")) {
                continue;
            }
            for (ImportKind kind : ImportKind.values()) {
                try {
                    Files.createDirectories(inbox.resolve(s.code()).resolve(kind.folder()));
                } catch (IOException e) {
                    LOG.warn("Cannot create the inbox folder for store {}", s.code(), e);
                }
            }
        }
    }

    /** Whether the file has been the same (size, time) for {@code stableFor} and at least one poll. */
    private boolean ready(Path file) throws IOException {
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        long size = a.size();
        long modified = a.lastModifiedTime().toMillis();
        Instant now = clock.instant();
        Observation before = seen.get(file);
        if (before == null || before.size() != size || before.modified() != modified) {
            seen.put(file, new Observation(size, modified, now));
            return false;
        }
        Duration wait = size == 0 ? EMPTY_FILE_WAIT : stableFor;
        return !now.isBefore(before.since().plus(wait));
    }

    /** Claims a ready file (moves it to processing/) and submits it. */
    private void take(Path file, Store store, ImportKind kind) throws IOException {
        Path processing = Files.createDirectories(file.getParent().resolve(PROCESSING));
        Path claimed = unique(processing, file.getFileName().toString());
        try {
            Files.move(file, claimed, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.info("Import inbox: {} cannot be moved yet ({}); trying again later", file, e.toString());
            return;
        }
        seen.remove(file);
        submit(claimed, store, kind);
    }

    private void submit(Path claimed, Store store, ImportKind kind) throws IOException {
        String name = claimed.getFileName().toString();
        ImportJob job;
        try (InputStream in = Files.newInputStream(claimed)) {
            job = engine.submit(Actor.systemForStore("imports-folder:" + store.code(), store.id()), kind, store.id(),
                    name, in, ImportSource.FOLDER);
        } catch (ForecourtException e) {
            refuse(claimed, name, e);
            return;
        }
        Files.move(claimed, claimed.resolveSibling(job.id() + "_" + name), StandardCopyOption.ATOMIC_MOVE);
        LOG.info("Import inbox: {} ({} for {}) is job {}", name, kind, store.code(), job.id());
    }

    /** Moves finished jobs' files on; submits claimed files that have no job yet. */
    private void settle(Path kindDir, Store store, ImportKind kind) throws IOException {
        Path processing = kindDir.resolve(PROCESSING);
        if (!Files.isDirectory(processing)) {
            return;
        }
        for (Path f : list(processing)) {
            if (!Files.isRegularFile(f)) {
                continue;
            }
            String fileName = f.getFileName().toString();
            Matcher m = CLAIMED.matcher(fileName);
            if (!m.matches()) {
                submit(f, store, kind); // claimed before a restart, never submitted
                continue;
            }
            long jobId = Long.parseLong(m.group(1));
            ImportJob job;
            try {
                job = engine.job(jobId);
            } catch (NotFoundException e) {
                move(f, kindDir.resolve(FAILED), fileName);
                continue;
            }
            if (!job.finished()) {
                continue;
            }
            Path target = kindDir.resolve(job.state() == ImportState.DONE ? DONE : FAILED);
            Path moved = move(f, target, fileName);
            Path report = engine.reportFile(jobId);
            if (report != null && Files.isRegularFile(report)) {
                Files.copy(report, unique(target, baseName(moved.getFileName().toString()) + "_errors.xlsx"),
                        StandardCopyOption.REPLACE_EXISTING);
            }
            LOG.info("Import inbox: job {} {}; {} moved to {}", jobId, job.state(), fileName, target);
        }
    }

    /** A file refused before any job existed: to failed/ with a note in Chinese and English. */
    private void refuse(Path claimed, String name, ForecourtException e) throws IOException {
        Path failed = claimed.getParent().getParent().resolve(FAILED);
        Path moved = move(claimed, failed, name);
        String note = translator.get(Locale.SIMPLIFIED_CHINESE, e.messageKey(), e.args()) + System.lineSeparator()
                + translator.get(Locale.ENGLISH, e.messageKey(), e.args()) + System.lineSeparator();
        Files.writeString(unique(failed, baseName(moved.getFileName().toString()) + "_error.txt"), note,
                StandardCharsets.UTF_8);
        LOG.info("Import inbox: {} refused: {}", name, e.getMessage());
    }

    private static Path move(Path file, Path folder, String name) throws IOException {
        Files.createDirectories(folder);
        Path target = unique(folder, name);
        Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }

    /** {@code folder/name}, or with a counter before the extension when that exists. */
    static Path unique(Path folder, String name) {
        Path p = folder.resolve(name);
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        for (int i = 2; Files.exists(p); i++) {
            p = folder.resolve(base + "(" + i + ")" + ext);
        }
        return p;
    }

    static String baseName(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** Files being written or belonging to editors: hidden, Office lock files, temporary downloads. */
    static boolean ignored(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.startsWith(".") || n.startsWith("~$") || n.endsWith("~") || n.endsWith(".tmp")
                || n.endsWith(".part") || n.endsWith(".partial") || n.endsWith(".crdownload")
                || n.endsWith(".filepart") || n.endsWith(".download") || n.endsWith(".swp");
    }

    private static List<Path> list(Path dir) throws IOException {
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            s.forEach(out::add);
        }
        out.sort(null);
        return out;
    }

    /** Stops polling after the current pass (never interrupted: it may be writing to the database). */
    @Override
    public void close() {
        ScheduledExecutorService t = timer;
        timer = null;
        if (t != null) {
            t.shutdown();
            try {
                if (!t.awaitTermination(60, TimeUnit.SECONDS)) {
                    LOG.warn("Import inbox: the last poll is still running");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
