package org.forecourt.imports.internal.rows;

import java.util.List;

/** What one row did. */
public record RowResult(Outcome outcome, List<RowProblem> problems) {

    public enum Outcome {
        /** a new record */
        IMPORTED,
        /** an existing record changed */
        UPDATED,
        /** an existing record already held these values */
        UNCHANGED,
        /** refused; see the problems */
        REJECTED
    }

    public RowResult {
        problems = List.copyOf(problems);
    }

    public static RowResult of(Outcome outcome) {
        return new RowResult(outcome, List.of());
    }

    public static RowResult rejected(List<RowProblem> problems) {
        return new RowResult(Outcome.REJECTED, problems);
    }
}
