package org.forecourt.masterdata.api;

import java.util.Objects;

/**
 * What an import row did: created a record, updated one, or found one that already held the same values (nothing was
 * written, the version did not change and no audit row or event was produced).
 *
 * @param outcome what happened
 * @param value   the record as it is now
 * @param <T>     the record type
 */
public record UpsertResult<T>(Outcome outcome, T value) {

    public enum Outcome {
        CREATED,
        UPDATED,
        UNCHANGED
    }

    public UpsertResult {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(value, "value");
    }

    public static <T> UpsertResult<T> created(T value) {
        return new UpsertResult<>(Outcome.CREATED, value);
    }

    public static <T> UpsertResult<T> updated(T value) {
        return new UpsertResult<>(Outcome.UPDATED, value);
    }

    public static <T> UpsertResult<T> unchanged(T value) {
        return new UpsertResult<>(Outcome.UNCHANGED, value);
    }
}
