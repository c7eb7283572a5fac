package org.forecourt.imports.internal.sheet;

import java.util.List;
import java.util.Objects;

/**
 * Something wrong with one cell that the sheet layer can see without knowing what the column means, for example
 * an ID card number that Excel stored as a number and rounded ({@link SheetMessages#ID_NUMBER_ROUNDED}). The row is
 * still delivered; the import should refuse the value and list the problem in the error report.
 *
 * @param column     0-based column index (see {@link SheetReader#columnLabel(int)} for what to show)
 * @param value      the cell value as delivered in {@link SheetRow#cells()}
 * @param messageKey key of the reason, in the {@code i18n/imports} message bundle
 * @param args       arguments of that message
 */
public record CellProblem(int column, String value, String messageKey, List<Object> args) {

    public CellProblem {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(messageKey, "messageKey");
        args = List.copyOf(args);
    }

    public CellProblem(int column, String value, String messageKey, Object... args) {
        this(column, value, messageKey, List.of(args));
    }
}
