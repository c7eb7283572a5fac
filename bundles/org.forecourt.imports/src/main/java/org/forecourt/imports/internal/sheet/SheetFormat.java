package org.forecourt.imports.internal.sheet;

/** What a file turned out to be, judged by its content (never by its name). */
public enum SheetFormat {
    /** Office Open XML workbook (.xlsx, .xlsm): a zip starting with "PK". */
    XLSX,
    /** Delimited text: comma, semicolon or tab separated; see {@link SheetReader#delimiter()}. */
    CSV
}
