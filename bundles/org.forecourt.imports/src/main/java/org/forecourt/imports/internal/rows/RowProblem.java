package org.forecourt.imports.internal.rows;

import java.util.List;

/**
 * Why a row (or one of its cells) is refused.
 *
 * @param field      the logical field (a {@link org.forecourt.imports.internal.sheet.ColumnMap} field name) the
 *                   reason belongs to, or null for the whole row
 * @param messageKey the reason's message key
 * @param args       its arguments
 */
public record RowProblem(String field, String messageKey, List<Object> args) {

    public RowProblem {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static RowProblem of(String field, String messageKey, Object... args) {
        return new RowProblem(field, messageKey, List.of(args));
    }
}
