package org.forecourt.imports.internal.rows;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.forecourt.core.api.FieldError;
import org.forecourt.core.api.ForecourtException;
import org.forecourt.core.api.ValidationException;
import org.forecourt.imports.internal.sheet.CellProblem;
import org.forecourt.imports.internal.sheet.ColumnMap;
import org.forecourt.imports.internal.sheet.SheetRow;

/** Turns the services' refusals and the sheet layer's cell problems into row problems. */
final class Refusals {

    private Refusals() {
    }

    /**
     * The field errors of a validation refusal, each on the column its field came from ({@code fieldToColumn} maps a
     * service field name such as {@code address.city} to a logical column, or null for the whole row); any other
     * refusal on {@code defaultField}.
     */
    static List<RowProblem> of(ForecourtException e, Function<String, String> fieldToColumn, String defaultField) {
        List<RowProblem> problems = new ArrayList<>();
        if (e instanceof ValidationException v && !v.errors().isEmpty()) {
            for (FieldError error : v.errors()) {
                problems.add(new RowProblem(fieldToColumn.apply(error.field()), error.messageKey(), error.args()));
            }
        } else {
            problems.add(new RowProblem(defaultField, e.messageKey(), List.of(e.args())));
        }
        return problems;
    }

    /** The reader's cell problems (an ID number Excel rounded, an Excel error value) in the mapped columns. */
    static void cellProblems(ColumnMap.Mapping mapping, SheetRow row, List<RowProblem> problems) {
        if (!row.hasProblems()) {
            return;
        }
        for (CellProblem p : row.problems()) {
            String field = mapping.fieldAt(p.column());
            if (field != null) {
                problems.add(new RowProblem(field, p.messageKey(), p.args()));
            }
        }
    }

    /** Strips list indexes: {@code otherContacts[2].value} → {@code otherContacts.value}. */
    static String plain(String field) {
        return field == null ? "" : field.replaceAll("\\[\\d+]", "");
    }
}
