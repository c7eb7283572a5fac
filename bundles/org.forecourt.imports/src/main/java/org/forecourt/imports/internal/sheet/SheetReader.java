package org.forecourt.imports.internal.sheet;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one sheet of an .xlsx or .csv/.tsv file row by row, as the user sees it in Excel, without holding the file
 * in memory.
 *
 * <h2>Opening</h2>
 * {@link #open(Path)} and {@link #open(InputStream, String)} first copy the file to a private temporary file (which
 * {@link #close()} deletes), computing its {@link #contentSha256() SHA-256}, then judge it by its content, never by
 * its name:
 * <ul>
 *     <li>starts with "PK": xlsx (also .xlsm). The first visible sheet is read unless {@link SheetOptions#sheetName()}
 *     names another. Before reading, every part that will be read is checked against {@link SheetLimits} (zip bombs,
 *     huge shared-strings tables, DTDs and entities are refused);</li>
 *     <li>old .xls, password-protected workbooks (both OLE2 containers), OpenDocument and HTML/XML "Excel" exports:
 *     refused with {@link SheetMessages#UNSUPPORTED_FORMAT};</li>
 *     <li>anything else is delimited text. Charset: a byte order mark decides (UTF-8, UTF-16LE/BE); else UTF-8 if the
 *     whole file is valid UTF-8; else GB18030, the superset of GBK that Chinese Excel writes. Delimiter: comma,
 *     semicolon or tab, sniffed from the first records (Excel's {@code sep=} line is honoured).</li>
 * </ul>
 * The first non-empty row is the header ({@link #headers()}); a first row that looks like data is refused with
 * {@link SheetMessages#NO_HEADER}, a file without any text with {@link SheetMessages#EMPTY}.
 *
 * <h2>Rows</h2>
 * {@link #rows()} (or {@link #iterator()}) streams the data rows after the header, once. Entirely blank rows are
 * skipped, but row numbers stay those Excel shows. Cell texts are trimmed; numbers come without float noise or a
 * spurious ".0" (a phone stored as a number reads 13800138000); date cells, and texts like 2024/3/5 or 2024年3月5日,
 * read as ISO {@code yyyy-MM-dd} (with {@code HH:mm[:ss]} when the format shows a time); booleans as TRUE/FALSE.
 * Values that must not be imported silently come with {@link CellProblem}s: long numbers that Excel rounded (an
 * 18-digit ID card number stored as a number, or shown as 1.10101E+17 in a CSV) and Excel error values (#N/A ...).
 *
 * <h2>Errors</h2>
 * Every failure is a {@link SheetException} carrying a message key of {@link SheetMessages}: from {@code open} for
 * whatever can be seen before reading (for xlsx that includes all limits), from the row iteration otherwise (CSV
 * row and cell limits, damaged content found late).
 *
 * <p>Not thread-safe, except {@link #progress()} and {@link #rowsRead()}, which a UI may poll from another thread.
 */
public final class SheetReader implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(SheetReader.class);
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final Pattern DATA_LIKE = Pattern.compile("[+-]?[0-9][0-9.,:/ -]*");
    private static final Pattern MARKUP = Pattern.compile("(?is)\\A\\s*<(\\?xml|html|!doctype|table|meta).*");

    private final Snapshot snapshot;
    private final String fileName;
    private final SheetLimits limits;
    private final SheetFormat format;
    private final Charset charset;
    private final Character delimiter;
    private final List<String> sheetNames;
    private final String sheetName;
    private final RowSource source;
    private final long estimatedRows;
    private final List<String> headers;
    private final int headerRowNumber;
    private final RowIterator iterator = new RowIterator();
    private volatile double progress;
    private volatile long rowsRead;
    private boolean finished;
    private boolean closed;

    /** Opens {@code file} with {@link SheetOptions#DEFAULTS}. */
    public static SheetReader open(Path file) {
        return open(file, SheetOptions.DEFAULTS);
    }

    /** Opens {@code file}; it is copied first, so it may be moved or deleted as soon as this returns. */
    public static SheetReader open(Path file, SheetOptions options) {
        try (InputStream in = Files.newInputStream(file)) {
            return open(in, String.valueOf(file.getFileName()), options);
        } catch (IOException e) {
            throw new SheetException(e, SheetMessages.UNREADABLE);
        }
    }

    /** Opens an upload with {@link SheetOptions#DEFAULTS}; see {@link #open(InputStream, String, SheetOptions)}. */
    public static SheetReader open(InputStream in, String fileName) {
        return open(in, fileName, SheetOptions.DEFAULTS);
    }

    /**
     * Opens an upload: reads {@code in} to its end (not closing it) into a private temporary file.
     *
     * @param fileName the name the user gave the file, for {@link #sheetName()} of CSV files and for logs only
     * @throws SheetException when the file cannot be imported at all
     */
    public static SheetReader open(InputStream in, String fileName, SheetOptions options) {
        Snapshot snapshot;
        try {
            snapshot = Snapshot.copy(in, options.tempDirectory(), options.limits().maxFileBytes());
        } catch (IOException e) {
            throw new SheetException(e, SheetMessages.UNREADABLE);
        }
        try {
            return new SheetReader(snapshot, fileName == null ? "" : fileName, options);
        } catch (RuntimeException e) {
            deleteQuietly(snapshot);
            SheetException refused = XlsxInspector.asSheetException(e);
            LOG.debug("Refused {} ({}): {}", fileName, snapshot.sha256, refused.getMessage(), e);
            throw refused;
        }
    }

    private SheetReader(Snapshot snapshot, String fileName, SheetOptions options) {
        this.snapshot = snapshot;
        this.fileName = fileName;
        this.limits = options.limits();
        byte[] head = snapshot.head;
        if (snapshot.size == 0) {
            throw new SheetException(SheetMessages.EMPTY);
        }
        if (head.length >= 2 && head[0] == 'P' && head[1] == 'K') {
            XlsxInspector.Layout layout = XlsxInspector.inspect(snapshot.file, limits, options.sheetName());
            this.format = SheetFormat.XLSX;
            this.charset = null;
            this.delimiter = null;
            this.sheetNames = layout.sheetNames();
            this.sheetName = layout.sheetName();
            this.estimatedRows = Math.max(0, layout.valueRows() - 1);
            try {
                this.source = new XlsxSource(snapshot.file, layout);
            } catch (IOException e) {
                throw new SheetException(e, SheetMessages.UNREADABLE);
            }
        } else if (startsWith(head, OLE2)) {
            throw new SheetException(SheetMessages.UNSUPPORTED_FORMAT);
        } else {
            this.format = SheetFormat.CSV;
            int bom = 0;
            Charset detected;
            if (startsWith(head, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})) {
                detected = StandardCharsets.UTF_8;
                bom = 3;
            } else if (startsWith(head, new byte[] {(byte) 0xFF, (byte) 0xFE})) {
                detected = StandardCharsets.UTF_16LE;
                bom = 2;
            } else if (startsWith(head, new byte[] {(byte) 0xFE, (byte) 0xFF})) {
                detected = StandardCharsets.UTF_16BE;
                bom = 2;
            } else {
                detected = snapshot.validUtf8 ? StandardCharsets.UTF_8 : Charset.forName("GB18030");
            }
            boolean utf16 = detected.equals(StandardCharsets.UTF_16LE) || detected.equals(StandardCharsets.UTF_16BE);
            if (snapshot.hasNul && !utf16) {
                throw new SheetException(new IOException("binary content"), SheetMessages.UNREADABLE);
            }
            this.charset = detected;
            String sample = sample(head, bom, detected, snapshot.size > head.length);
            if (MARKUP.matcher(sample).matches()) {
                throw new SheetException(SheetMessages.UNSUPPORTED_FORMAT); // HTML or XML saved as ".xls"
            }
            DelimiterSniffer.Result sniffed = DelimiterSniffer.sniff(sample);
            this.delimiter = sniffed.delimiter();
            this.sheetNames = List.of(baseName(fileName));
            this.sheetName = sheetNames.get(0);
            long lines = snapshot.contentLines - (sniffed.sepLine() ? 1 : 0);
            this.estimatedRows = utf16 ? -1 : Math.max(0, lines - 1);
            if (!utf16 && lines - 1 > limits.maxRows()) {
                countCsvRows(bom, sniffed); // lines over-count records with line breaks in cells: count for real
            }
            try {
                this.source = new CsvSource(snapshot.file, snapshot.size, detected, bom, sniffed.delimiter(),
                        sniffed.sepLine(), limits);
            } catch (IOException e) {
                throw new SheetException(e, SheetMessages.UNREADABLE);
            }
        }
        SheetRow header;
        try {
            header = nextNonBlank();
        } catch (RuntimeException e) {
            closeSource();
            throw e;
        }
        if (header == null) {
            closeSource();
            throw new SheetException(SheetMessages.EMPTY);
        }
        List<String> cells = new ArrayList<>(header.cells());
        while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
            cells.remove(cells.size() - 1);
        }
        if (looksLikeData(cells)) {
            closeSource();
            throw new SheetException(SheetMessages.NO_HEADER, header.rowNumber());
        }
        this.headers = List.copyOf(cells);
        this.headerRowNumber = header.rowNumber();
    }

    // ---- what was found ----

    public SheetFormat format() {
        return format;
    }

    /** The charset of a CSV (UTF-8, UTF-16LE/BE or GB18030, which covers GBK); empty for xlsx. */
    public Optional<Charset> charset() {
        return Optional.ofNullable(charset);
    }

    /** The delimiter of a CSV: ',', ';' or '\t'; empty for xlsx. */
    public Optional<Character> delimiter() {
        return Optional.ofNullable(delimiter);
    }

    /** The sheets of the workbook in their order (hidden ones too); for CSV the file name without extension. */
    public List<String> sheetNames() {
        return sheetNames;
    }

    /** The sheet being read. */
    public String sheetName() {
        return sheetName;
    }

    /** SHA-256 (lower-case hex) of the file's bytes: the same file imported again has the same value. */
    public String contentSha256() {
        return snapshot.sha256;
    }

    /** Size of the file in bytes. */
    public long fileSize() {
        return snapshot.size;
    }

    /** The name given at open. */
    public String fileName() {
        return fileName;
    }

    /** Row number (as Excel shows it) of the header: the first non-empty row. */
    public int headerRowNumber() {
        return headerRowNumber;
    }

    /** The header texts, trimmed, empty trailing cells left out; blank titles in between stay as "". */
    public List<String> headers() {
        return headers;
    }

    /** What to call column {@code column} (0-based) in messages: its header text, else its letter (A, B, ... AA). */
    public String columnLabel(int column) {
        String header = column >= 0 && column < headers.size() ? headers.get(column) : "";
        return header.isEmpty() ? columnLetter(column) : header;
    }

    /** The column letters of a 0-based index: 0 is A, 25 is Z, 26 is AA. */
    public static String columnLetter(int column) {
        return CellValues.columnLetter(column);
    }

    // ---- progress ----

    /**
     * How many data rows to expect, for a progress bar. xlsx: exact (rows with a value, after the header). CSV: lines
     * with content after the header, which is high when cells contain line breaks; -1 for UTF-16 until some rows are
     * read. Exact once the rows have all been read.
     */
    public long estimatedRowCount() {
        if (finished) {
            return rowsRead;
        }
        if (estimatedRows >= 0) {
            return Math.max(estimatedRows, rowsRead);
        }
        double p = progress;
        return p > 0 && rowsRead > 0 ? Math.round(rowsRead / p) : -1;
    }

    /** How far the reading is, from 0 to 1 (xlsx by rows, CSV by bytes); 1 once all rows are read. */
    public double progress() {
        return progress;
    }

    /** Data rows delivered so far. */
    public long rowsRead() {
        return rowsRead;
    }

    // ---- rows ----

    /**
     * The data rows after the header, blank rows skipped. Single use: {@link #rows()}, {@link #rowsAfter(int)} and
     * {@link #iterator()} all continue the same pass. {@code next()} throws {@link SheetException} when the file turns
     * out to break a limit or to be damaged further down.
     */
    public Iterator<SheetRow> iterator() {
        return iterator;
    }

    /** {@link #iterator()} as a sequential stream. Closing the stream does not close this reader. */
    public Stream<SheetRow> rows() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator,
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** The data rows whose row number is greater than {@code rowNumber}: resuming after the last committed row. */
    public Stream<SheetRow> rowsAfter(int rowNumber) {
        return rows().dropWhile(row -> row.rowNumber() <= rowNumber);
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            closeSource();
        } finally {
            deleteQuietly(snapshot);
        }
    }

    private final class RowIterator implements Iterator<SheetRow> {
        private SheetRow next;

        @Override
        public boolean hasNext() {
            if (next == null && !finished) {
                if (closed) {
                    throw new IllegalStateException("SheetReader closed");
                }
                next = fetch();
                if (next == null) {
                    finished = true;
                    progress = 1;
                }
            }
            return next != null;
        }

        @Override
        public SheetRow next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            SheetRow row = next;
            next = null;
            return row;
        }
    }

    private SheetRow fetch() {
        SheetRow raw = nextNonBlank();
        if (raw == null) {
            return null;
        }
        if (rowsRead + 1 > limits.maxRows()) {
            throw new SheetException(SheetMessages.TOO_MANY_ROWS, limits.maxRows());
        }
        List<String> cells = new ArrayList<>(Math.max(raw.cells().size(), headers.size()));
        cells.addAll(raw.cells());
        while (cells.size() > headers.size() && cells.get(cells.size() - 1).isEmpty()) {
            cells.remove(cells.size() - 1);
        }
        while (cells.size() < headers.size()) {
            cells.add("");
        }
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).length() > limits.maxCellLength()) {
                throw new SheetException(SheetMessages.CELL_TOO_LONG, raw.rowNumber(), columnLetter(i),
                        limits.maxCellLength());
            }
        }
        rowsRead++;
        progress = Math.min(source.progress(), 0.999_999);
        return new SheetRow(raw.rowNumber(), cells, raw.problems());
    }

    /** The next row with any text, or null; failures become SheetException. */
    private SheetRow nextNonBlank() {
        try {
            SheetRow row;
            do {
                row = source.next();
            } while (row != null && row.isBlank());
            return row;
        } catch (UncheckedIOException e) {
            throw new SheetException(e.getCause(), SheetMessages.UNREADABLE);
        } catch (RuntimeException e) {
            throw XlsxInspector.asSheetException(e);
        }
    }

    /** Counts the non-blank CSV records (only when the line count says there may be too many). */
    private void countCsvRows(int bom, DelimiterSniffer.Result sniffed) {
        long count = 0;
        try (CsvSource counter = new CsvSource(snapshot.file, snapshot.size, charset, bom, sniffed.delimiter(),
                sniffed.sepLine(), limits)) {
            SheetRow row;
            while ((row = counter.next()) != null) {
                if (!row.isBlank() && ++count - 1 > limits.maxRows()) {
                    throw new SheetException(SheetMessages.TOO_MANY_ROWS, limits.maxRows());
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new SheetException(e, SheetMessages.UNREADABLE);
        }
    }

    private static boolean looksLikeData(List<String> header) {
        boolean any = false;
        for (String cell : header) {
            if (cell.isEmpty()) {
                continue;
            }
            if (!DATA_LIKE.matcher(cell).matches()) {
                return false;
            }
            any = true;
        }
        return any;
    }

    private static String sample(byte[] head, int bom, Charset charset, boolean truncated) {
        int end = head.length;
        if (truncated) {
            for (int i = head.length - 1; i > bom; i--) {
                if (head[i] == '\n') {
                    end = i;
                    break;
                }
            }
        }
        return new String(head, bom, Math.max(0, end - bom), charset);
    }

    private static String baseName(String fileName) {
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private void closeSource() {
        try {
            if (source != null) {
                source.close();
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("Closing {}", fileName, e);
        }
    }

    private static void deleteQuietly(Snapshot snapshot) {
        try {
            snapshot.close();
        } catch (IOException e) {
            LOG.warn("Could not delete the temporary copy {}", snapshot.file, e);
        }
    }

    @Override
    public String toString() {
        return "SheetReader[" + fileName + ", " + format + (charset == null ? "" : ", " + charset)
                + ", sheet " + sheetName + "]";
    }
}
