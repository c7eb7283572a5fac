package org.forecourt.imports.api;

/** Where a job is. QUEUED and RUNNING jobs are resumed when the imports bundle starts. */
public enum ImportState {
    /** Waiting for a worker. */
    QUEUED,
    /** Rows are being imported; {@link ImportJob#lastCommittedRow()} is the checkpoint. */
    RUNNING,
    /** Every row was read: valid rows imported, invalid ones rejected. */
    DONE,
    /** The file as a whole was refused (unreadable, missing columns ...) or the job broke off; see the error key. */
    FAILED;

    /** Whether nothing will change any more. */
    public boolean finished() {
        return this == DONE || this == FAILED;
    }

    /** e.g. {@code import.state.DONE} */
    public String labelKey() {
        return "import.state." + name();
    }
}
