package org.forecourt.imports.internal.sheet;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Records of a CSV/TSV file, parsed by commons-csv behind a {@link CsvGuardReader}. */
final class CsvSource implements RowSource {

    private final CountingInputStream bytes;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final long size;
    private final boolean sepLine;
    private boolean first = true;

    /**
     * @param skip    bytes to skip first (the byte order mark)
     * @param sepLine whether the first line is Excel's {@code sep=} hint, which is skipped and not counted
     */
    CsvSource(Path file, long size, Charset charset, int skip, char delimiter, boolean sepLine, SheetLimits limits)
            throws IOException {
        this.size = size;
        this.sepLine = sepLine;
        this.bytes = new CountingInputStream(Files.newInputStream(file));
        try {
            bytes.skipNBytes(skip);
            CSVFormat format = CSVFormat.RFC4180.builder()
                    .setDelimiter(delimiter)
                    .setQuote('"')
                    .setIgnoreEmptyLines(false) // blank lines keep their row numbers
                    .setIgnoreSurroundingSpaces(false)
                    .setTrim(false)
                    .setTrailingData(true)      // "abc"def as Excel reads it
                    .setLenientEof(true)        // an unclosed quote at the very end
                    .setAllowMissingColumnNames(true)
                    .build();
            this.parser = format.parse(new CsvGuardReader(new InputStreamReader(bytes, charset), delimiter, limits,
                    sepLine ? 0 : 1));
            this.records = parser.iterator();
        } catch (IOException | RuntimeException e) {
            bytes.close();
            throw e;
        }
    }

    @Override
    public SheetRow next() {
        if (first && sepLine && records.hasNext()) {
            records.next();
        }
        first = false;
        if (!records.hasNext()) {
            return null;
        }
        CSVRecord record = records.next();
        int rowNumber = (int) (record.getRecordNumber() - (sepLine ? 1 : 0));
        List<String> cells = new ArrayList<>(record.size());
        List<CellProblem> problems = new ArrayList<>(0);
        for (int i = 0; i < record.size(); i++) {
            cells.add(CellValues.text(unwrapFormula(record.get(i)), i, problems));
        }
        return new SheetRow(rowNumber, cells, problems);
    }

    /** {@code ="00123"} is how people (and some exports) keep leading zeros in a CSV; Excel shows 00123. */
    private static String unwrapFormula(String value) {
        String v = CellValues.trim(value);
        if (v.length() >= 3 && v.startsWith("=\"") && v.endsWith("\"")) {
            return v.substring(2, v.length() - 1).replace("\"\"", "\"");
        }
        return value;
    }

    @Override
    public double progress() {
        return size == 0 ? 1 : Math.min(1, (double) bytes.count / size);
    }

    @Override
    public void close() throws IOException {
        try {
            parser.close();
        } finally {
            bytes.close();
        }
    }

    /** Counts the bytes read, for the progress. */
    private static final class CountingInputStream extends FilterInputStream {
        private volatile long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
