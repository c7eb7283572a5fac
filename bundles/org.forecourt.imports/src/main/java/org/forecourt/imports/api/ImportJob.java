package org.forecourt.imports.api;

import java.time.Instant;
import java.util.List;

/**
 * An import job and its counts, as they are now (live while it runs).
 *
 * @param id               job id
 * @param kind             customers or vehicles
 * @param storeId          the store chosen for the file: rows without a store code go there
 * @param fileName         the file's name as uploaded or dropped
 * @param sha256           SHA-256 of the file (lower-case hex): the same file has the same value
 * @param fileSize         bytes
 * @param source           upload or inbox folder
 * @param state            queued, running, done or failed
 * @param userId           who started it (0 for the system, i.e. the inbox folder)
 * @param userName         their display name
 * @param totalRows        data rows in the file (an estimate until the job is done; 0 until it starts)
 * @param processedRows    rows handled so far
 * @param imported         rows that created a new record
 * @param updated          rows that changed an existing record
 * @param unchanged        rows whose record already held the same values (nothing written)
 * @param rejected         rows refused (see {@link ImportService#rejections})
 * @param lastCommittedRow the checkpoint: the row number up to which every row is settled
 * @param errorKey         why the job failed (a message key), or null
 * @param errorArgs        the arguments of {@code errorKey}
 * @param repeatOf         an earlier finished job of the same file (same SHA-256, store and kind), or null: then the
 *                         rows are expected to come back {@code unchanged}
 * @param createdAt        when the file arrived
 * @param startedAt        when a worker first took it, or null
 * @param finishedAt       when it ended, or null
 */
public record ImportJob(long id, ImportKind kind, long storeId, String fileName, String sha256, long fileSize,
                        ImportSource source, ImportState state, long userId, String userName, int totalRows,
                        int processedRows, int imported, int updated, int unchanged, int rejected,
                        int lastCommittedRow, String errorKey, List<Object> errorArgs, Long repeatOf,
                        Instant createdAt, Instant startedAt, Instant finishedAt) {

    public ImportJob {
        errorArgs = errorArgs == null ? List.of() : List.copyOf(errorArgs);
    }

    /** From 0 to 1: processed rows of the total; 1 once finished. */
    public double progress() {
        if (state.finished()) {
            return 1;
        }
        if (totalRows <= 0) {
            return 0;
        }
        return Math.min(1, (double) processedRows / totalRows);
    }

    /** Whether the job has ended (done or failed). */
    public boolean finished() {
        return state.finished();
    }

    /** Whether an error report can be downloaded: rejected rows, or a refused file. */
    public boolean hasErrorReport() {
        return rejected > 0 || state == ImportState.FAILED && errorKey != null;
    }

    /** Valid rows: imported, updated or unchanged. */
    public int accepted() {
        return imported + updated + unchanged;
    }
}
