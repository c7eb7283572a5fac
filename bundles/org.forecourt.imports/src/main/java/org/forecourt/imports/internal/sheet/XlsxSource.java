package org.forecourt.imports.internal.sheet;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/** Rows of one sheet of an xlsx that {@link XlsxInspector} accepted, streamed by fastexcel-reader. */
final class XlsxSource implements RowSource {

    private final ReadableWorkbook workbook;
    private final Stream<Row> stream;
    private final Iterator<Row> rows;
    private final long valueRows;
    private final Map<String, CellValues.DateKind> dateKinds = new HashMap<>();
    private long valueRowsSeen;

    XlsxSource(Path file, XlsxInspector.Layout layout) throws IOException {
        // cellInErrorIfParseError: a malformed number becomes an ERROR cell instead of an exception
        this.workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(layout.hasStyles(), true));
        try {
            Sheet sheet = workbook.getSheet(layout.sheetIndex()).orElseThrow(() -> new IOException("no sheet"));
            this.stream = sheet.openStream();
            this.rows = stream.iterator();
            this.valueRows = layout.valueRows();
        } catch (IOException | RuntimeException e) {
            workbook.close();
            throw e;
        }
    }

    @Override
    public SheetRow next() {
        if (!rows.hasNext()) {
            return null;
        }
        Row row = rows.next();
        int count = row.getCellCount();
        List<String> cells = new ArrayList<>(count);
        List<CellProblem> problems = new ArrayList<>(0);
        boolean blank = true;
        for (int i = 0; i < count; i++) {
            String text = text(row.getOptionalCell(i).orElse(null), i, problems);
            cells.add(text);
            blank &= text.isEmpty();
        }
        if (!blank) {
            valueRowsSeen++;
        }
        return new SheetRow(row.getRowNum(), cells, problems);
    }

    @Override
    public double progress() {
        return valueRows == 0 ? 1 : Math.min(1, (double) valueRowsSeen / valueRows);
    }

    private String text(Cell cell, int column, List<CellProblem> problems) {
        if (cell == null) {
            return "";
        }
        Object value = cell.getValue();
        switch (cell.getType()) {
            case EMPTY:
                return "";
            case NUMBER:
                return value instanceof BigDecimal n ? number(cell, n, column, problems) : "";
            case BOOLEAN:
                return Boolean.TRUE.equals(value) ? "TRUE" : "FALSE";
            case STRING:
                return CellValues.text(value == null ? "" : value.toString(), column, problems);
            case FORMULA:
                if (value instanceof BigDecimal n) {
                    return number(cell, n, column, problems);
                }
                if (value instanceof Boolean b) {
                    return b ? "TRUE" : "FALSE";
                }
                return CellValues.text(value == null ? "" : value.toString(), column, problems);
            case ERROR:
            default:
                String raw = CellValues.trim(cell.getRawValue());
                return CellValues.text(raw, column, problems);
        }
    }

    private String number(Cell cell, BigDecimal value, int column, List<CellProblem> problems) {
        CellValues.DateKind kind = dateKind(cell);
        if (kind != CellValues.DateKind.NONE) {
            try {
                LocalDateTime dateTime = cell.asDate();
                if (dateTime != null && dateTime.getYear() >= 1900 && dateTime.getYear() <= 9999) {
                    return CellValues.dateTime(dateTime, kind);
                }
            } catch (RuntimeException e) {
                // not a date after all: show the number
            }
        }
        return CellValues.number(value, column, problems);
    }

    private CellValues.DateKind dateKind(Cell cell) {
        Integer id = cell.getDataFormatId();
        if (id == null) {
            return CellValues.DateKind.NONE;
        }
        String format = cell.getDataFormatString();
        return dateKinds.computeIfAbsent(id + "|" + format, k -> CellValues.dateKind(id, format));
    }

    @Override
    public void close() throws IOException {
        try {
            stream.close();
        } finally {
            workbook.close();
        }
    }
}
