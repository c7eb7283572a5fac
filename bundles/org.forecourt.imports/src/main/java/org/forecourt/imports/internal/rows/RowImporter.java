package org.forecourt.imports.internal.rows;

import org.forecourt.imports.api.ImportKind;
import org.forecourt.imports.internal.sheet.ColumnMap;
import org.forecourt.imports.internal.sheet.SheetRow;

/** Turns the rows of one kind of file into master data. Stateless and thread-safe. */
public interface RowImporter {

    ImportKind kind();

    /** The columns, required first. */
    ColumnMap columns();

    /**
     * Imports one row through the master data services (each row in its own transaction, idempotent). Refusals
     * the user can fix come back as problems; anything unexpected (the database is gone ...) is thrown.
     */
    RowResult importRow(RowContext context, ColumnMap.Mapping mapping, SheetRow row);
}
