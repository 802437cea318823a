package eu.cbss.impt.hub.imports;

import eu.cbss.impt.hub.signal.SignalSubmission;
import eu.cbss.impt.hub.signal.SignalSubmissionReader;
import eu.cbss.impt.hub.validation.FieldError;
import eu.cbss.impt.hub.validation.InvalidInput;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the rows of one {@code externalRef} into the JSON of {@code POST /api/v1/signals} and reads
 * it with the same {@link SignalSubmissionReader}, so that a file and the API follow one set of
 * rules; the reader's JSON paths are mapped back to rows and columns.
 */
final class CsvSignal {

    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());
    private static final Pattern CHILD_PATH = Pattern.compile("^children\\[(\\d+)](?:\\.identifiers)?(?:\\.(\\w+))?.*");
    private static final Pattern SIGNAL_PATH = Pattern.compile("^(\\w+).*");

    private final int columns;
    private final SignalSubmissionReader reader;

    CsvSignal(int columns, SignalSubmissionReader reader) {
        this.columns = columns;
        this.reader = reader;
    }

    ImportItem read(List<CsvRows.Row> group) {
        List<Integer> rowNumbers = group.stream().map(CsvRows.Row::row).toList();
        List<RowError> errors = new ArrayList<>();
        CsvRows.Row first = group.get(0);
        for (CsvRows.Row row : group) {
            // Fewer values are read as empty trailing cells; more means a comma escaped its quotes.
            if (row.size() > columns) {
                errors.add(new RowError(row.row(), "row", "Has " + row.size() + " values; the header has " + columns
                        + " columns. Put values that hold commas in double quotes."));
            }
            row.cells().forEach((column, value) -> {
                if (SpreadsheetCells.looksLikeFormula(value)) {
                    errors.add(new RowError(row.row(), column.header(), SpreadsheetCells.formulaMessage(value)));
                }
            });
        }
        if (first.get(CsvColumns.EXTERNAL_REF) == null) {
            errors.add(new RowError(first.row(), CsvColumns.EXTERNAL_REF.header(), CsvColumns.EXTERNAL_REF_REQUIRED));
            return ImportItem.invalid(rowNumbers, errors);
        }
        JsonObjectBuilder signal = JSON.createObjectBuilder();
        for (CsvColumns column : CsvColumns.values()) {
            if (column.child()) continue;
            for (CsvRows.Row row : group.subList(1, group.size())) {
                String value = row.get(column);
                if (value != null && !value.equals(first.get(column))) {
                    errors.add(new RowError(row.row(), column.header(), "Differs from row " + first.row()
                            + ", the first row of this signal; leave it empty or repeat the first row's value."));
                }
            }
            put(signal, column, first, errors);
        }
        List<CsvRows.Row> childRows = group.stream().filter(CsvSignal::hasChild).toList();
        if (!childRows.isEmpty()) {
            JsonArrayBuilder children = JSON.createArrayBuilder();
            for (CsvRows.Row row : childRows) {
                children.add(child(row, errors));
            }
            signal.add("children", children);
        }
        SignalSubmission submission = null;
        try {
            submission = reader.read(signal.build());
        } catch (InvalidInput e) {
            for (FieldError fe : e.errors()) {
                errors.add(locate(fe, first, childRows));
            }
        }
        if (errors.isEmpty()) {
            return ImportItem.valid(rowNumbers, submission);
        }
        List<Integer> faulty = errors.stream().map(RowError::row).distinct().toList();
        for (CsvRows.Row row : group) {
            if (!faulty.contains(row.row())) {
                errors.add(new RowError(row.row(), CsvColumns.EXTERNAL_REF.header(), "Not stored: row " + faulty.get(0)
                        + " of the same signal has errors, and a signal is stored whole or not at all."));
            }
        }
        return ImportItem.invalid(rowNumbers, errors);
    }

    private static boolean hasChild(CsvRows.Row row) {
        for (CsvColumns column : CsvColumns.values()) {
            if (column.child() && row.get(column) != null) return true;
        }
        return false;
    }

    private static JsonObjectBuilder child(CsvRows.Row row, List<RowError> errors) {
        JsonObjectBuilder child = JSON.createObjectBuilder();
        JsonObjectBuilder identifiers = JSON.createObjectBuilder();
        boolean identified = false;
        for (CsvColumns column : CsvColumns.values()) {
            if (!column.child()) continue;
            if (column.identifier()) {
                identified |= put(identifiers, column, row, errors);
            } else {
                put(child, column, row, errors);
            }
        }
        if (identified) child.add("identifiers", identifiers);
        return child;
    }

    /** Adds one cell with the JSON type its field has; false when the cell is empty or wrong. */
    private static boolean put(JsonObjectBuilder json, CsvColumns column, CsvRows.Row row, List<RowError> errors) {
        String value = row.get(column);
        if (value == null) return false;
        switch (column) {
            case CHILDREN_COUNT, AGE -> {
                try {
                    json.add(column.header(), Integer.parseInt(value));
                } catch (NumberFormatException e) {
                    errors.add(new RowError(row.row(), column.header(), "Must be a whole number."));
                    return false;
                }
            }
            case RETRAFFICKED -> {
                String v = value.toLowerCase(Locale.ROOT);
                if (!v.equals("true") && !v.equals("false")) {
                    errors.add(new RowError(row.row(), column.header(), "Must be true or false."));
                    return false;
                }
                json.add(column.header(), v.equals("true"));
            }
            case CONCERNS -> {
                JsonArrayBuilder codes = JSON.createArrayBuilder();
                for (String code : value.split(";")) {
                    if (!code.isBlank()) codes.add(code.strip());
                }
                json.add(column.header(), codes);
            }
            default -> json.add(column.header(), value);
        }
        return true;
    }

    /** The row and column of a reader's JSON path: children[i].x is the i-th row with child data. */
    private static RowError locate(FieldError error, CsvRows.Row first, List<CsvRows.Row> childRows) {
        Matcher child = CHILD_PATH.matcher(error.field());
        if (child.matches()) {
            int index = Integer.parseInt(child.group(1));
            int row = index < childRows.size() ? childRows.get(index).row() : first.row();
            return new RowError(row, child.group(2) != null ? child.group(2) : "row", error.message());
        }
        Matcher signal = SIGNAL_PATH.matcher(error.field());
        return new RowError(first.row(), signal.matches() ? signal.group(1) : error.field(), error.message());
    }
}
