package org.forecourt.imports.internal.sheet;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes the per-row error report of an import as an .xlsx the user downloads, fixes and imports again. One sheet,
 * columns: row number, column, value, reason, then (when the original headers are given) the original row's cells
 * under their original titles. The title row is bold and frozen; columns have widths that fit their content.
 * Rows are streamed to {@code out} (flushed every {@value #FLUSH_EVERY} rows), so reports of any length take little
 * memory; texts are written as inline strings, never as formulas.
 *
 * <pre>{@code
 * try (ErrorReportWriter report = ErrorReportWriter.open(out, locale, reader.headers())) {
 *     report.add(row.rowNumber(), reader.columnLabel(column), value,
 *             SheetMessages.format(locale, problem), row.cells());
 * }
 * }</pre>
 *
 * Closing finishes the workbook but leaves {@code out} open. Not thread-safe.
 */
public final class ErrorReportWriter implements Closeable {

    static final int FLUSH_EVERY = 1000;
    private static final int FIXED_COLUMNS = 4;
    /** Data rows that fit below the title row, keeping one row for the "truncated" notice. */
    private static final int MAX_DATA_ROWS = Worksheet.MAX_ROWS - 2;

    /**
     * The translated texts of the report's own titles, and of the last line written when the report outgrows a sheet.
     */
    public record Labels(String sheetName, String row, String column, String value, String reason,
                         String truncated) {
        public Labels {
            Objects.requireNonNull(sheetName);
            Objects.requireNonNull(row);
            Objects.requireNonNull(column);
            Objects.requireNonNull(value);
            Objects.requireNonNull(reason);
            Objects.requireNonNull(truncated);
        }

        /** The labels of {@link SheetMessages} in {@code locale}. */
        public static Labels of(Locale locale) {
            return new Labels(SheetMessages.format(locale, SheetMessages.REPORT_SHEET_NAME),
                    SheetMessages.format(locale, SheetMessages.REPORT_ROW),
                    SheetMessages.format(locale, SheetMessages.REPORT_COLUMN),
                    SheetMessages.format(locale, SheetMessages.REPORT_VALUE),
                    SheetMessages.format(locale, SheetMessages.REPORT_REASON),
                    SheetMessages.format(locale, SheetMessages.REPORT_TRUNCATED, MAX_DATA_ROWS));
        }
    }

    private final Workbook workbook;
    private final Worksheet sheet;
    private final Labels labels;
    private final int originalColumns;
    private int rows;
    private boolean truncated;
    private boolean closed;

    private ErrorReportWriter(OutputStream out, Labels labels, List<String> originalHeaders) {
        this.labels = labels;
        this.originalColumns = Math.min(originalHeaders.size(), Worksheet.MAX_COLS - FIXED_COLUMNS);
        this.workbook = new Workbook(out, "Forecourt", null);
        this.sheet = workbook.newWorksheet(labels.sheetName());
        String[] titles = {labels.row(), labels.column(), labels.value(), labels.reason()};
        double[] widths = {10, 18, 28, 60};
        for (int c = 0; c < FIXED_COLUMNS; c++) {
            sheet.inlineString(0, c, titles[c]);
            sheet.width(c, Math.max(widths[c], displayWidth(titles[c]) + 2));
        }
        for (int i = 0; i < originalColumns; i++) {
            String title = clean(originalHeaders.get(i));
            sheet.inlineString(0, FIXED_COLUMNS + i, title.isEmpty() ? SheetReader.columnLetter(i) : title);
            sheet.width(FIXED_COLUMNS + i, Math.max(10, Math.min(40, displayWidth(title) + 2)));
        }
        sheet.range(0, 0, 0, FIXED_COLUMNS + originalColumns - 1).style().bold().fillColor("DDEBF7").set();
        sheet.freezePane(0, 1);
    }

    /**
     * Starts a report.
     *
     * @param out             where the .xlsx goes; left open
     * @param locale          language of the report's own titles
     * @param originalHeaders the headers of the imported sheet ({@link SheetReader#headers()}), repeated after the
     *                        fixed columns; an empty list for none
     */
    public static ErrorReportWriter open(OutputStream out, Locale locale, List<String> originalHeaders) {
        return open(out, Labels.of(locale), originalHeaders);
    }

    /** Starts a report with titles of the caller's own. */
    public static ErrorReportWriter open(OutputStream out, Labels labels, List<String> originalHeaders) {
        return new ErrorReportWriter(Objects.requireNonNull(out), Objects.requireNonNull(labels),
                List.copyOf(originalHeaders));
    }

    /** Adds an error without the original row. */
    public void add(int rowNumber, String column, String value, String reason) throws IOException {
        add(rowNumber, column, value, reason, List.of());
    }

    /**
     * Adds one error line.
     *
     * @param rowNumber     the row number in the imported file (as Excel shows it); 0 or less for an error of the
     *                      whole file, left blank
     * @param column        the column as the user knows it (its title, see {@link SheetReader#columnLabel(int)}),
     *                      or "" for the whole row
     * @param value         the refused value, or ""
     * @param reason        the reason, already translated
     * @param originalCells the row's cells ({@link SheetRow#cells()}), written under the original headers; cells
     *                      beyond the headers are left out
     */
    public void add(int rowNumber, String column, String value, String reason, List<String> originalCells)
            throws IOException {
        if (closed) {
            throw new IllegalStateException("report closed");
        }
        if (rows >= MAX_DATA_ROWS) {
            truncated = true;
            return;
        }
        int r = ++rows;
        if (rowNumber > 0) {
            sheet.value(r, 0, rowNumber);
        }
        text(r, 1, column);
        text(r, 2, value);
        text(r, 3, reason);
        int n = Math.min(originalCells.size(), originalColumns);
        for (int i = 0; i < n; i++) {
            text(r, FIXED_COLUMNS + i, originalCells.get(i));
        }
        if (r % FLUSH_EVERY == 0) {
            sheet.flush();
        }
    }

    /** Error lines written so far. */
    public int size() {
        return rows;
    }

    /** Whether lines were dropped because the sheet was full (Excel's 1,048,576 rows). */
    public boolean truncated() {
        return truncated;
    }

    /** Finishes the .xlsx; {@code out} stays open. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        if (truncated) {
            sheet.inlineString(rows + 1, 3, labels.truncated());
        }
        workbook.finish();
    }

    private void text(int r, int c, String text) {
        String t = clean(text);
        if (!t.isEmpty()) {
            sheet.inlineString(r, c, t);
        }
    }

    /** No null, at most Excel's cell length. (fastexcel drops characters XML cannot hold.) */
    private static String clean(String text) {
        if (text == null) {
            return "";
        }
        return text.length() > SheetLimits.EXCEL_MAX_CELL_LENGTH ? text.substring(0, SheetLimits.EXCEL_MAX_CELL_LENGTH)
                : text;
    }

    /** Approximate width in Excel character units: CJK and full-width characters count two. */
    private static int displayWidth(String s) {
        int width = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            width += c >= 0x1100 && (c <= 0x115F || c >= 0x2E80 && c <= 0xA4CF || c >= 0xAC00 && c <= 0xD7A3
                    || c >= 0xF900 && c <= 0xFAFF || c >= 0xFE30 && c <= 0xFE4F || c >= 0xFF00 && c <= 0xFF60
                    || c >= 0xFFE0 && c <= 0xFFE6) ? 2 : 1;
        }
        return width;
    }
}
