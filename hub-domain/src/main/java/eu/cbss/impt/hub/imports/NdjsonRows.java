package eu.cbss.impt.hub.imports;

import eu.cbss.impt.hub.signal.SignalSubmission;
import eu.cbss.impt.hub.signal.SignalSubmissionReader;
import eu.cbss.impt.hub.validation.InvalidInput;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** NDJSON: each non-blank line is one signal, exactly the JSON body of {@code POST /api/v1/signals}. */
public final class NdjsonRows implements ImportRows {

    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    private record Line(int row, String text) {
    }

    private final List<Line> lines;

    private NdjsonRows(List<Line> lines) {
        this.lines = lines;
    }

    static NdjsonRows of(String text) {
        List<Line> lines = new ArrayList<>();
        int row = 0;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) end = text.length();
            row++;
            String line = text.substring(start, end).strip();
            if (!line.isEmpty()) {
                if (lines.isEmpty() && !line.startsWith("{")) {
                    throw ImportFile.refused("Line " + row + " is not a JSON object, so the file is not NDJSON. "
                            + "Send one signal per line as JSON, or send a CSV file as text/csv.");
                }
                lines.add(new Line(row, line));
                if (lines.size() > ImportFile.MAX_ROWS) {
                    throw ImportFile.refused("The file has more than " + String.format("%,d", ImportFile.MAX_ROWS)
                            + " rows; split it into several files.");
                }
            }
            start = end + 1;
        }
        return new NdjsonRows(lines);
    }

    @Override
    public ImportFormat format() {
        return ImportFormat.NDJSON;
    }

    @Override
    public int total() {
        return lines.size();
    }

    @Override
    public Iterator<ImportItem> items(SignalSubmissionReader reader) {
        return lines.stream().map(line -> item(line, reader)).iterator(); // lazy: one row read at a time
    }

    private static ImportItem item(Line line, SignalSubmissionReader reader) {
        List<Integer> rows = List.of(line.row());
        JsonObject json;
        try (JsonReader r = READERS.createReader(new StringReader(line.text()))) {
            JsonValue value = r.readValue();
            if (!(value instanceof JsonObject object)) {
                return ImportItem.invalid(rows, List.of(new RowError(line.row(), "line", "Must be one JSON object.")));
            }
            json = object;
        } catch (JsonParsingException e) {
            var at = e.getLocation();
            return ImportItem.invalid(rows, List.of(new RowError(line.row(), "line", "Is not valid JSON"
                    + (at == null ? "." : " (column " + at.getColumnNumber() + ")."))));
        } catch (JsonException e) {
            return ImportItem.invalid(rows, List.of(new RowError(line.row(), "line", "Is not valid JSON.")));
        }
        List<RowError> errors = new ArrayList<>();
        formulas(json, "", line.row(), errors);
        if (!json.containsKey("externalRef") || json.isNull("externalRef")) {
            errors.add(new RowError(line.row(), "externalRef", CsvColumns.EXTERNAL_REF_REQUIRED));
        }
        SignalSubmission submission = null;
        try {
            submission = reader.read(json);
        } catch (InvalidInput e) {
            e.errors().forEach(fe -> errors.add(new RowError(line.row(), fe.field(), fe.message())));
        }
        return errors.isEmpty() ? ImportItem.valid(rows, submission) : ImportItem.invalid(rows, errors);
    }

    /** Every string value of the row, at any depth, is checked for formula injection. */
    private static void formulas(JsonValue value, String path, int row, List<RowError> errors) {
        if (value instanceof JsonString s && SpreadsheetCells.looksLikeFormula(s.getString())) {
            errors.add(new RowError(row, path, SpreadsheetCells.formulaMessage(s.getString())));
        } else if (value instanceof JsonObject o) {
            o.forEach((k, v) -> formulas(v, path.isEmpty() ? k : path + "." + k, row, errors));
        } else if (value instanceof JsonArray a) {
            for (int i = 0; i < a.size(); i++) {
                formulas(a.get(i), path + "[" + i + "]", row, errors);
            }
        }
    }
}
