package org.forecourt.imports.internal.job;

/**
 * Test hook: called by the worker after each row and after each checkpoint. A test simulates a crash by throwing an
 * {@link Error} from it, which ends the worker without any clean-up (the job stays RUNNING at its last checkpoint).
 */
public interface JobHook {

    JobHook NONE = new JobHook() {
    };

    /** After a row was imported (or rejected), before its batch is committed. */
    default void afterRow(long jobId, int rowNumber) {
    }

    /** After a batch was committed. */
    default void afterCheckpoint(long jobId, int lastCommittedRow) {
    }
}
