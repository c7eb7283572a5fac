package org.forecourt.imports.api;

import java.util.List;

/**
 * Why (part of) a row was not imported. A row may have several.
 *
 * @param jobId      the job
 * @param rowNumber  the row number as Excel shows it (the header is row 1 in most files)
 * @param column     the column as the file titles it (e.g. 手机号), or "" when the whole row is concerned
 * @param value      the refused cell value, or ""
 * @param messageKey the reason's message key (e.g. {@code validation.mobile.length}); resolve it with its args in
 *                   the user's language ({@code Messages} or Vaadin's {@code getTranslation})
 * @param args       the reason's arguments (String, Long or Double)
 * @param rowText    what the row held: its non-empty cells separated by " | ", shortened (to recognise the row)
 */
public record ImportRejection(long jobId, int rowNumber, String column, String value, String messageKey,
                              List<Object> args, String rowText) {

    public ImportRejection {
        args = List.copyOf(args);
        rowText = rowText == null ? "" : rowText;
    }

    /** The arguments as an array, for {@code getTranslation(key, args)}. */
    public Object[] argArray() {
        return args.toArray();
    }
}
