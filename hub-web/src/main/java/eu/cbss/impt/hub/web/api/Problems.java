package eu.cbss.impt.hub.web.api;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/** Reads an error response (problem+json, or anything else) into an {@link ApiProblem}. */
public final class Problems {

    private Problems() {
    }

    public static ApiProblem parse(int status, String body) {
        JsonObject json = asObject(body);
        if (json == null) {
            return new ApiProblem(status, null, null, List.of());
        }
        int effectiveStatus = json.containsKey("status") && json.get("status").getValueType() == JsonValue.ValueType.NUMBER
                ? json.getInt("status") : status;
        return new ApiProblem(effectiveStatus,
                JsonValues.string(json, "type"),
                JsonValues.string(json, "code"),
                JsonValues.string(json, "title"),
                JsonValues.string(json, "detail"),
                errors(json));
    }

    private static List<FieldError> errors(JsonObject json) {
        if (!json.containsKey("errors") || json.get("errors").getValueType() != JsonValue.ValueType.ARRAY) {
            return List.of();
        }
        List<FieldError> errors = new ArrayList<>();
        for (JsonValue value : json.getJsonArray("errors")) {
            if (value.getValueType() == JsonValue.ValueType.OBJECT) {
                JsonObject error = value.asJsonObject();
                errors.add(new FieldError(JsonValues.string(error, "field"), JsonValues.string(error, "message")));
            }
        }
        return errors;
    }

    private static JsonObject asObject(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            JsonValue value = reader.readValue();
            return value.getValueType() == JsonValue.ValueType.OBJECT ? value.asJsonObject() : null;
        } catch (JsonException | IllegalStateException e) {
            return null;
        }
    }
}
