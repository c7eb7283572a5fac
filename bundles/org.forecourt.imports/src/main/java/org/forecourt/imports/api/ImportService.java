package org.forecourt.imports.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.forecourt.core.api.Actor;

/**
 * Imports customers and vehicles from spreadsheets.
 *
 * <p>Starting an import needs {@value #PERMISSION} plus the master data permission to edit what the file holds
 * ({@code masterdata.customer.edit} or {@code masterdata.vehicle.edit}), and the chosen store must be within the
 * actor's scope (else {@link org.forecourt.core.api.NotPermittedException}). A row naming another store (column
 * 门店 / Store code) goes to that store when the actor may see it, and is rejected otherwise. Jobs, their counts and
 * their rejected rows are visible to every actor whose scope covers the job's store; a job of another store does
 * not exist for them ({@link org.forecourt.core.api.NotFoundException}).
 *
 * <p>Rows are imported in batches; after each batch the job's counts and its checkpoint
 * ({@link ImportJob#lastCommittedRow()}) are committed together with the batch's rejected rows. The master data
 * services' {@code upsertByNaturalKey} is idempotent, so a batch that is re-run after a crash finds its already
 * written rows {@code unchanged}: every valid row ends up exactly once.
 */
public interface ImportService {

    /** The permission to run imports (declared by the core). */
    String PERMISSION = "core.import.run";

    /**
     * Stores the file and queues the job; rows are imported in the background. Watch it with {@link #job} or
     * {@link #subscribe}.
     *
     * @param fileName the file's name; must end in .xlsx, .xlsm, .csv, .tsv or .txt (the content decides the
     *                 format, the name only keeps obviously wrong files out)
     * @param content  the file's bytes, read to the end (not closed)
     * @throws org.forecourt.core.api.NotPermittedException when the actor may not import this kind into this store
     * @throws org.forecourt.core.api.ForecourtException    with {@code import.job.fileType} (wrong file name),
     *                                                      {@code import.job.tooLarge} (larger than
     *                                                      {@link #maxFileBytes()}) or {@code import.job.empty}
     */
    ImportJob start(Actor actor, ImportKind kind, long storeId, String fileName, InputStream content)
            throws IOException;

    /**
     * The job as it is now; counts are live while it runs.
     *
     * @throws org.forecourt.core.api.NotFoundException when there is no such job within the actor's scope
     */
    ImportJob job(Actor actor, long jobId);

    /** Jobs of the stores in scope, newest first. */
    List<ImportJob> jobs(Actor actor, int offset, int limit);

    long countJobs(Actor actor);

    /** The job's rejected rows by row number (then their order within the row). */
    List<ImportRejection> rejections(Actor actor, long jobId, int offset, int limit);

    long countRejections(Actor actor, long jobId);

    /**
     * Writes the error report as .xlsx: row, column, value and reason (in {@code locale}), followed by the original
     * row's cells under the file's own column titles, so that the user can fix the rows and import the report's
     * sheet again. A refused file gives a one-line report with the reason.
     *
     * @param out left open
     */
    void writeErrorReport(Actor actor, long jobId, Locale locale, OutputStream out) throws IOException;

    /**
     * Calls {@code listener} with the job after every batch and when it ends (from the worker thread: a UI must hand
     * it over with {@code ui.access}). Nothing is called for a job that is already finished.
     *
     * @return closing it stops the calls
     */
    AutoCloseable subscribe(Actor actor, long jobId, Consumer<ImportJob> listener);

    /** The columns an import of that kind understands. */
    List<ImportColumn> columns(ImportKind kind);

    /** The largest file {@link #start} accepts. */
    long maxFileBytes();
}
