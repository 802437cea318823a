package eu.cbss.impt.hub.web.imports;

import java.io.Serializable;

import jakarta.json.JsonObject;

import eu.cbss.impt.hub.web.api.JsonValues;

/**
 * One refused row of an uploaded file: its number as a spreadsheet shows it (the CSV header is row
 * 1; in NDJSON the line), the column or JSON path, and why. The API never quotes the row's values.
 */
public record RowError(int row, String field, String message) implements Serializable {

    static RowError from(JsonObject json) {
        Integer row = JsonValues.integer(json, "row");
        return new RowError(row == null ? 0 : row, JsonValues.string(json, "field"), JsonValues.string(json, "message"));
    }
}
