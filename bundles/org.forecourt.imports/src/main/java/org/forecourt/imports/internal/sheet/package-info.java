/**
 * The sheet layer of imports: reading .xlsx and .csv/.tsv files as the user sees them in Excel, mapping their
 * headers to fields, and writing the error report. Nothing here knows what a customer or a vehicle is.
 *
 * <h2>Typical use by an import</h2>
 * <pre>{@code
 * ColumnMap columns = ColumnMap.builder()
 *         .required("name", "姓名", "客户姓名", "Name", "Full name")
 *         .required("phone", "手机号", "手机", "Phone", "Mobile")
 *         .optional("idNumber", "身份证号", "ID number")
 *         .build();
 * try (SheetReader reader = SheetReader.open(upload, fileName);          // SheetException: file refused
 *      ErrorReportWriter report = ErrorReportWriter.open(out, locale, reader.headers())) {
 *     String fileKey = reader.contentSha256();                            // same file again: same key
 *     ColumnMap.Mapping mapping = columns.map(reader.headers());
 *     mapping.requireComplete(reader.headerRowNumber());                  // SheetException: missing columns
 *     reader.rowsAfter(lastCommittedRow).forEach(row -> {                 // resume after a crash
 *         for (CellProblem p : mapping.problems(row, "idNumber")) {       // e.g. an ID card number Excel rounded
 *             report.add(row.rowNumber(), reader.columnLabel(p.column()), p.value(),
 *                     SheetMessages.format(locale, p), row.cells());
 *         }
 *         String name = mapping.value(row, "name");
 *         // ... validate, store, commit row.rowNumber() ...
 *         progressBar.set(reader.progress());
 *     });
 * }
 * }</pre>
 *
 * <h2>Messages</h2>
 * Every refusal is a {@link org.forecourt.imports.internal.sheet.SheetException} with a key of
 * {@link org.forecourt.imports.internal.sheet.SheetMessages}; cell-level findings are
 * {@link org.forecourt.imports.internal.sheet.CellProblem}s. Texts: {@code i18n/imports.properties} (English) and
 * {@code i18n/imports_zh_CN.properties} (Simplified Chinese).
 *
 * <h2>Safety</h2>
 * Files are copied to a private temporary file first and checked against
 * {@link org.forecourt.imports.internal.sheet.SheetLimits} before rows are read: sizes (file, unpacked XML, shared
 * strings), zip entries, rows, columns, cell length; xlsx parts may not contain a DTD, so no entity is ever expanded
 * or fetched.
 */
package org.forecourt.imports.internal.sheet;
