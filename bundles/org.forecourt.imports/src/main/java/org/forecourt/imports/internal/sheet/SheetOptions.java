package org.forecourt.imports.internal.sheet;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How {@link SheetReader} opens a file.
 *
 * @param limits        size and shape limits, see {@link SheetLimits#DEFAULTS}
 * @param sheetName     xlsx: the sheet to read; {@code null} for the first visible sheet. Ignored for CSV.
 * @param tempDirectory where the private copy of the file is kept while it is read; {@code null} for
 *                      {@code java.io.tmpdir}
 */
public record SheetOptions(SheetLimits limits, String sheetName, Path tempDirectory) {

    public static final SheetOptions DEFAULTS = new SheetOptions(SheetLimits.DEFAULTS, null, null);

    public SheetOptions {
        Objects.requireNonNull(limits, "limits");
    }

    public SheetOptions withLimits(SheetLimits value) {
        return new SheetOptions(value, sheetName, tempDirectory);
    }

    public SheetOptions withSheetName(String value) {
        return new SheetOptions(limits, value, tempDirectory);
    }

    public SheetOptions withTempDirectory(Path value) {
        return new SheetOptions(limits, sheetName, value);
    }
}
