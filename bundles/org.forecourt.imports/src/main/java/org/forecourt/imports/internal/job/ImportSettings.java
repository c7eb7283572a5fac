package org.forecourt.imports.internal.job;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How the engine works.
 *
 * @param importDirectory where each job keeps its copy of the file and its error report ({@code <dir>/<job id>/})
 * @param batchSize       rows per checkpoint
 * @param workerThreads   jobs imported at the same time
 * @param maxFileBytes    the largest file accepted
 */
public record ImportSettings(Path importDirectory, int batchSize, int workerThreads, long maxFileBytes) {

    public static final int DEFAULT_BATCH_SIZE = 200;
    public static final long MIB = 1024L * 1024L;

    public ImportSettings {
        Objects.requireNonNull(importDirectory, "importDirectory");
        if (batchSize < 1 || workerThreads < 1 || maxFileBytes < 1) {
            throw new IllegalArgumentException("batchSize, workerThreads and maxFileBytes must be positive");
        }
    }

    public static ImportSettings defaults(Path importDirectory) {
        return new ImportSettings(importDirectory, DEFAULT_BATCH_SIZE, 1, 50 * MIB);
    }

    public ImportSettings withBatchSize(int value) {
        return new ImportSettings(importDirectory, value, workerThreads, maxFileBytes);
    }

    public ImportSettings withMaxFileBytes(long value) {
        return new ImportSettings(importDirectory, batchSize, workerThreads, value);
    }
}
