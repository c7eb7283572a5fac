package org.forecourt.imports.internal.osgi;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.forecourt.core.api.Actor;
import org.forecourt.core.api.i18n.Messages;
import org.forecourt.core.api.org.OrganisationService;
import org.forecourt.imports.api.ImportColumn;
import org.forecourt.imports.api.ImportJob;
import org.forecourt.imports.api.ImportKind;
import org.forecourt.imports.api.ImportRejection;
import org.forecourt.imports.api.ImportService;
import org.forecourt.imports.internal.folder.FolderWatcher;
import org.forecourt.imports.internal.job.ImportEngine;
import org.forecourt.imports.internal.job.ImportSettings;
import org.forecourt.imports.internal.job.ImportsUnit;
import org.forecourt.masterdata.api.customer.CustomerService;
import org.forecourt.masterdata.api.vehicle.VehicleService;
import org.forecourt.persistence.Jpa;
import org.forecourt.persistence.JpaUnits;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes {@link ImportService}: opens the {@code imports} unit (running its migrations), resumes the jobs a
 * crash or stop left unfinished, and watches the inbox folder. A configuration change restarts it: running jobs
 * stop after their row and resume at once.
 */
@Component(service = ImportService.class, configurationPid = ImportServiceComponent.PID,
        property = "forecourt.module=imports")
@Designate(ocd = ImportsConfig.class)
public class ImportServiceComponent implements ImportService {

    public static final String PID = "org.forecourt.imports";
    private static final Logger LOG = LoggerFactory.getLogger(ImportServiceComponent.class);

    private final Jpa jpa;
    private final ImportEngine engine;
    private final FolderWatcher watcher;

    @Activate
    public ImportServiceComponent(@Reference JpaUnits units, @Reference CustomerService customers,
                                  @Reference VehicleService vehicles, @Reference OrganisationService organisation,
                                  @Reference Messages messages, ImportsConfig config) {
        this.jpa = units.open(ImportsUnit.definition(ImportServiceComponent.class.getClassLoader()));
        Path importDirectory = directory(config.importDirectory(), "imports");
        ImportSettings settings = new ImportSettings(importDirectory, config.batchSize(), config.workerThreads(),
                config.maxFileMegabytes() * ImportSettings.MIB);
        this.engine = new ImportEngine(jpa, customers, vehicles, organisation, messages::get, settings,
                Clock.systemUTC());
        engine.resume();
        if (config.watchEnabled()) {
            this.watcher = new FolderWatcher(engine, organisation, messages::get,
                    directory(config.watchDirectory(), "import-inbox"),
                    Duration.ofSeconds(Math.max(1, config.pollIntervalSeconds())),
                    Duration.ofSeconds(Math.max(0, config.stableSeconds())), Clock.systemUTC());
            watcher.start();
        } else {
            this.watcher = null;
        }
        LOG.info("Imports ready: files in {}, inbox {}", importDirectory,
                watcher == null ? "not watched" : watcher.inbox());
    }

    /** A configured folder, or {@code ${karaf.data}/forecourt/<name>}. */
    static Path directory(String configured, String name) {
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured.strip());
        }
        return Path.of(System.getProperty("karaf.data", "data"), "forecourt", name);
    }

    @Deactivate
    void deactivate() {
        if (watcher != null) {
            watcher.close();
        }
        engine.close();
        jpa.close();
    }

    @Override
    public ImportJob start(Actor actor, ImportKind kind, long storeId, String fileName, InputStream content)
            throws IOException {
        return engine.start(actor, kind, storeId, fileName, content);
    }

    @Override
    public ImportJob job(Actor actor, long jobId) {
        return engine.job(actor, jobId);
    }

    @Override
    public List<ImportJob> jobs(Actor actor, int offset, int limit) {
        return engine.jobs(actor, offset, limit);
    }

    @Override
    public long countJobs(Actor actor) {
        return engine.countJobs(actor);
    }

    @Override
    public List<ImportRejection> rejections(Actor actor, long jobId, int offset, int limit) {
        return engine.rejections(actor, jobId, offset, limit);
    }

    @Override
    public long countRejections(Actor actor, long jobId) {
        return engine.countRejections(actor, jobId);
    }

    @Override
    public void writeErrorReport(Actor actor, long jobId, Locale locale, OutputStream out) throws IOException {
        engine.writeErrorReport(actor, jobId, locale, out);
    }

    @Override
    public AutoCloseable subscribe(Actor actor, long jobId, Consumer<ImportJob> listener) {
        return engine.subscribe(actor, jobId, listener);
    }

    @Override
    public List<ImportColumn> columns(ImportKind kind) {
        return engine.columns(kind);
    }

    @Override
    public long maxFileBytes() {
        return engine.maxFileBytes();
    }
}
