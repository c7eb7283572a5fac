package org.forecourt.imports.internal.sheet;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Follows the CSV structure (RFC 4180 as Excel writes it: {@code "} quotes, doubled inside) while characters flow
 * to the parser, and stops a field or a record that breaks the limits before the parser builds it in memory: a
 * field of more than twice the cell limit (quotes and doubled quotes included), or more columns than allowed.
 * The exact cell length is checked again on the parsed value.
 */
final class CsvGuardReader extends FilterReader {

    private enum State { FIELD_START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED }

    private final char delimiter;
    private final long maxFieldChars;
    private final int maxColumns;
    private final int maxCellLength;
    private State state = State.FIELD_START;
    private boolean lastWasCr;
    private long fieldChars;
    private int field;
    /** Row number of the record being read, as Excel shows it. */
    private int row;

    /**
     * @param firstRow row number that the first record gets (0 when a {@code sep=} line comes first, which Excel
     *                 does not show)
     */
    CsvGuardReader(Reader in, char delimiter, SheetLimits limits, int firstRow) {
        super(in);
        this.delimiter = delimiter;
        this.maxCellLength = limits.maxCellLength();
        this.maxFieldChars = 2L * limits.maxCellLength() + 2;
        this.maxColumns = limits.maxColumns();
        this.row = firstRow;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            accept((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        int n = super.read(cbuf, off, len);
        for (int i = 0; i < n; i++) {
            accept(cbuf[off + i]);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        throw new IOException("skip not supported");
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void accept(char c) {
        boolean crlf = lastWasCr && c == '\n';
        lastWasCr = c == '\r';
        switch (state) {
            case FIELD_START, UNQUOTED -> {
                if (c == delimiter) {
                    nextField();
                } else if (c == '\n' || c == '\r') {
                    if (!crlf) {
                        nextRecord();
                    }
                } else if (c == '"' && state == State.FIELD_START) {
                    state = State.QUOTED;
                    grow();
                } else {
                    state = State.UNQUOTED;
                    grow();
                }
            }
            case QUOTED -> {
                if (c == '"') {
                    state = State.QUOTE_IN_QUOTED;
                }
                grow();
            }
            case QUOTE_IN_QUOTED -> {
                if (c == '"') {
                    state = State.QUOTED;
                    grow();
                } else if (c == delimiter) {
                    nextField();
                } else if (c == '\n' || c == '\r') {
                    nextRecord();
                } else {
                    state = State.UNQUOTED;
                    grow();
                }
            }
        }
    }

    private void grow() {
        if (++fieldChars > maxFieldChars) {
            throw new SheetException(SheetMessages.CELL_TOO_LONG, Math.max(row, 1), CellValues.columnLetter(field),
                    maxCellLength);
        }
    }

    private void nextField() {
        field++;
        fieldChars = 0;
        state = State.FIELD_START;
        if (field >= maxColumns) {
            throw new SheetException(SheetMessages.TOO_MANY_COLUMNS, Math.max(row, 1), maxColumns);
        }
    }

    private void nextRecord() {
        row++;
        field = 0;
        fieldChars = 0;
        state = State.FIELD_START;
    }
}
