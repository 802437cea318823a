package eu.cbss.impt.hub.imports;

/**
 * What is wrong with one row of an imported file. {@code row} is numbered as a spreadsheet or an
 * editor numbers it (a CSV header is row 1); {@code field} is a CSV column or a JSON path.
 * Messages never repeat a row's values: they might be a child's identifiers.
 */
public record RowError(int row, String field, String message) {
}
