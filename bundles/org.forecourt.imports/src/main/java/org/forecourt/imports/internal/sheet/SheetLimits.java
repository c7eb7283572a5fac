package org.forecourt.imports.internal.sheet;

/**
 * Limits that keep a hostile or broken file (zip bomb, giant shared-strings table, endless line ...) from taking the
 * JVM down. Breaking one makes {@link SheetReader} throw a {@link SheetException} (mostly at open, before any row is
 * delivered). The defaults suit customer and vehicle lists of a store up to a million rows.
 *
 * @param maxFileBytes           size of the file itself (xlsx as stored, or the CSV)
 * @param maxUncompressedBytes   xlsx: sum of the unpacked sizes of the XML parts that are read (content types,
 *                               workbook, relations, styles, shared strings, the sheet)
 * @param maxSharedStringsBytes  xlsx: unpacked size of the shared-strings table, which is held in memory while the
 *                               sheet is read
 * @param maxZipEntries          xlsx: number of entries in the zip
 * @param maxRows                data rows (not counting the header and blank rows)
 * @param maxColumns             columns of a row (Excel's own limit is 16,384)
 * @param maxCellLength          characters in one cell (Excel's own limit is 32,767)
 */
public record SheetLimits(long maxFileBytes, long maxUncompressedBytes, long maxSharedStringsBytes,
                          int maxZipEntries, int maxRows, int maxColumns, int maxCellLength) {

    /** Excel's largest sheet: 1,048,576 rows and 16,384 columns (XFD). */
    public static final int EXCEL_MAX_ROWS = 1_048_576;
    public static final int EXCEL_MAX_COLUMNS = 16_384;
    public static final int EXCEL_MAX_CELL_LENGTH = 32_767;

    private static final long MIB = 1024L * 1024L;

    /** 200 MiB file, 1 GiB unpacked XML, 256 MiB shared strings, 10,000 zip entries, 1,000,000 rows, 16,384 columns, 32,767 characters. */
    public static final SheetLimits DEFAULTS = new SheetLimits(200 * MIB, 1024 * MIB, 256 * MIB, 10_000, 1_000_000,
            EXCEL_MAX_COLUMNS, EXCEL_MAX_CELL_LENGTH);

    public SheetLimits {
        if (maxFileBytes <= 0 || maxUncompressedBytes <= 0 || maxSharedStringsBytes <= 0 || maxZipEntries <= 0
                || maxRows <= 0 || maxColumns <= 0 || maxCellLength <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
        if (maxColumns > EXCEL_MAX_COLUMNS) {
            throw new IllegalArgumentException("maxColumns above Excel's " + EXCEL_MAX_COLUMNS);
        }
    }

    public SheetLimits withMaxFileBytes(long value) {
        return new SheetLimits(value, maxUncompressedBytes, maxSharedStringsBytes, maxZipEntries, maxRows, maxColumns, maxCellLength);
    }

    public SheetLimits withMaxUncompressedBytes(long value) {
        return new SheetLimits(maxFileBytes, value, maxSharedStringsBytes, maxZipEntries, maxRows, maxColumns, maxCellLength);
    }

    public SheetLimits withMaxSharedStringsBytes(long value) {
        return new SheetLimits(maxFileBytes, maxUncompressedBytes, value, maxZipEntries, maxRows, maxColumns, maxCellLength);
    }

    public SheetLimits withMaxZipEntries(int value) {
        return new SheetLimits(maxFileBytes, maxUncompressedBytes, maxSharedStringsBytes, value, maxRows, maxColumns, maxCellLength);
    }

    public SheetLimits withMaxRows(int value) {
        return new SheetLimits(maxFileBytes, maxUncompressedBytes, maxSharedStringsBytes, maxZipEntries, value, maxColumns, maxCellLength);
    }

    public SheetLimits withMaxColumns(int value) {
        return new SheetLimits(maxFileBytes, maxUncompressedBytes, maxSharedStringsBytes, maxZipEntries, maxRows, value, maxCellLength);
    }

    public SheetLimits withMaxCellLength(int value) {
        return new SheetLimits(maxFileBytes, maxUncompressedBytes, maxSharedStringsBytes, maxZipEntries, maxRows, maxColumns, value);
    }

    /** A size in whole MiB, rounded up, for messages. */
    static long mib(long bytes) {
        return (bytes + MIB - 1) / MIB;
    }
}
