package org.forecourt.imports.internal.sheet;

import java.util.List;

/**
 * One row of a sheet, as the user sees it in Excel.
 *
 * @param rowNumber 1-based row number as Excel shows it (blank rows and the header count, so it can be quoted to the
 *                  user as is)
 * @param cells     trimmed cell texts; never {@code null}; padded with {@code ""} to at least the width of the header
 * @param problems  cell-level problems found while reading (rounded long numbers, Excel error values ...), empty
 *                  if none
 */
public record SheetRow(int rowNumber, List<String> cells, List<CellProblem> problems) {

    public SheetRow {
        cells = List.copyOf(cells);
        problems = List.copyOf(problems);
    }

    public SheetRow(int rowNumber, List<String> cells) {
        this(rowNumber, cells, List.of());
    }

    /** The text of the cell at the 0-based {@code column}, or {@code ""} when the row is shorter. */
    public String cell(int column) {
        return column >= 0 && column < cells.size() ? cells.get(column) : "";
    }

    /** Whether every cell is empty. {@link SheetReader} never delivers blank rows. */
    public boolean isBlank() {
        for (String cell : cells) {
            if (!cell.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
