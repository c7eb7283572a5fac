package org.forecourt.imports.internal.sheet;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The message keys of the sheet layer and their texts. English is in {@code i18n/imports.properties}, Simplified
 * Chinese in {@code i18n/imports_zh_CN.properties} (both UTF-8); arguments use {@link MessageFormat} syntax.
 */
public final class SheetMessages {

    /** Base name of the resource bundle, for {@link ResourceBundle#getBundle(String, Locale, ClassLoader)}. */
    public static final String BUNDLE = "i18n.imports";

    // --- the whole file is refused (SheetException) ---
    /** The file is damaged or not a spreadsheet at all. No arguments. */
    public static final String UNREADABLE = "import.sheet.unreadable";
    /** Old .xls, password-protected workbook or OpenDocument spreadsheet. No arguments. */
    public static final String UNSUPPORTED_FORMAT = "import.sheet.unsupportedFormat";
    /** No row with any text. No arguments. */
    public static final String EMPTY = "import.sheet.empty";
    /** The first non-empty row looks like data, not column titles. {0} = its row number. */
    public static final String NO_HEADER = "import.sheet.noHeader";
    /** Too many bytes: the file, or its unpacked content (zip bomb). {0} = the limit in MB. */
    public static final String TOO_LARGE = "import.sheet.tooLarge";
    /** More data rows than allowed. {0} = the limit. */
    public static final String TOO_MANY_ROWS = "import.sheet.tooManyRows";
    /** A row with more columns than allowed. {0} = row number, {1} = the limit. */
    public static final String TOO_MANY_COLUMNS = "import.sheet.tooManyColumns";
    /** A cell longer than allowed. {0} = row number, {1} = column (letter), {2} = the limit. */
    public static final String CELL_TOO_LONG = "import.sheet.cellTooLong";
    /** The requested sheet is not in the workbook. {0} = the sheet name. */
    public static final String SHEET_NOT_FOUND = "import.sheet.sheetNotFound";

    // --- header mapping (ColumnMap) ---
    /** Required columns are missing. {0} = their titles, comma separated. */
    public static final String MISSING_COLUMNS = "import.sheet.missingColumns";
    /** Not a single known column title. {0} = header row number, {1} = some expected titles. */
    public static final String NO_KNOWN_COLUMNS = "import.sheet.noKnownColumns";
    /** Warning: columns that are ignored. {0} = their titles, comma separated. */
    public static final String UNKNOWN_COLUMNS = "import.sheet.unknownColumns";
    /** Warning: two columns for the same field, the later one is ignored. {0} = title, {1} = column letter. */
    public static final String DUPLICATE_COLUMN = "import.sheet.duplicateColumn";

    // --- one cell (CellProblem) ---
    /** An 18-digit number (an ID card number) that Excel stored as a number and rounded. {0} = value. */
    public static final String ID_NUMBER_ROUNDED = "import.sheet.idNumberRounded";
    /** Another number of more than 15 digits (bank card ...) that Excel rounded. {0} = value. */
    public static final String NUMBER_ROUNDED = "import.sheet.numberRounded";
    /** The cell holds an Excel error value such as #N/A or #REF!. {0} = the error. */
    public static final String FORMULA_ERROR = "import.sheet.formulaError";

    // --- the error report (ErrorReportWriter) ---
    public static final String REPORT_SHEET_NAME = "import.report.sheetName";
    public static final String REPORT_ROW = "import.report.row";
    public static final String REPORT_COLUMN = "import.report.column";
    public static final String REPORT_VALUE = "import.report.value";
    public static final String REPORT_REASON = "import.report.reason";
    /** Last line of a report that hit Excel's row limit. {0} = how many errors are listed. */
    public static final String REPORT_TRUNCATED = "import.report.truncated";

    /** Every key above, for completeness checks. */
    public static final List<String> KEYS = List.of(UNREADABLE, UNSUPPORTED_FORMAT, EMPTY, NO_HEADER, TOO_LARGE,
            TOO_MANY_ROWS, TOO_MANY_COLUMNS, CELL_TOO_LONG, SHEET_NOT_FOUND, MISSING_COLUMNS, NO_KNOWN_COLUMNS,
            UNKNOWN_COLUMNS, DUPLICATE_COLUMN, ID_NUMBER_ROUNDED, NUMBER_ROUNDED, FORMULA_ERROR, REPORT_SHEET_NAME,
            REPORT_ROW, REPORT_COLUMN, REPORT_VALUE, REPORT_REASON, REPORT_TRUNCATED);

    private SheetMessages() {
    }

    /**
     * The messages in {@code locale}: {@code zh_CN} (and {@code zh_Hans...}) gets Chinese, every other locale English.
     * The JVM's default locale plays no part.
     */
    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, SheetMessages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The message for {@code key} in {@code locale} with {@code args} filled in; the key itself when unknown. */
    public static String format(Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = bundle(locale).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return new MessageFormat(pattern, locale).format(args);
    }

    /** The message of a refused file in {@code locale}. */
    public static String format(Locale locale, SheetException e) {
        return format(locale, e.messageKey(), e.args());
    }

    /** The message of a cell problem in {@code locale}. */
    public static String format(Locale locale, CellProblem problem) {
        return format(locale, problem.messageKey(), problem.args().toArray());
    }
}
