package eu.cbss.impt.hub.web.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/** Lenient readers for the API's JSON: a missing or null member reads as null or empty. */
public final class JsonValues {

    private JsonValues() {
    }

    public static String string(JsonObject json, String name) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() == JsonValue.ValueType.STRING) {
            return json.getString(name);
        }
        return value.toString();
    }

    public static Integer integer(JsonObject json, String name) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() != JsonValue.ValueType.NUMBER) {
            return null;
        }
        return json.getJsonNumber(name).intValue();
    }

    public static long longValue(JsonObject json, String name, long fallback) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() != JsonValue.ValueType.NUMBER) {
            return fallback;
        }
        return json.getJsonNumber(name).longValue();
    }

    public static Boolean bool(JsonObject json, String name) {
        JsonValue value = json.get(name);
        if (value == null) {
            return null;
        }
        if (value.getValueType() == JsonValue.ValueType.TRUE) {
            return Boolean.TRUE;
        }
        if (value.getValueType() == JsonValue.ValueType.FALSE) {
            return Boolean.FALSE;
        }
        return null;
    }

    public static List<String> strings(JsonObject json, String name) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() != JsonValue.ValueType.ARRAY) {
            return List.of();
        }
        List<String> result = new ArrayList<>();
        for (JsonValue item : value.asJsonArray()) {
            if (item.getValueType() == JsonValue.ValueType.STRING) {
                result.add(((jakarta.json.JsonString) item).getString());
            } else if (item.getValueType() != JsonValue.ValueType.NULL) {
                result.add(item.toString());
            }
        }
        return List.copyOf(result);
    }

    public static List<JsonObject> objects(JsonObject json, String name) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() != JsonValue.ValueType.ARRAY) {
            return List.of();
        }
        List<JsonObject> result = new ArrayList<>();
        for (JsonValue item : value.asJsonArray()) {
            if (item.getValueType() == JsonValue.ValueType.OBJECT) {
                result.add(item.asJsonObject());
            }
        }
        return List.copyOf(result);
    }

    public static LocalDate date(JsonObject json, String name) {
        String text = string(json, name);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** An instant with or without offset; a local date-time is read as UTC. */
    public static OffsetDateTime dateTime(JsonObject json, String name) {
        String text = string(json, name);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            try {
                return java.time.LocalDateTime.parse(text).atOffset(ZoneOffset.UTC);
            } catch (DateTimeParseException again) {
                return null;
            }
        }
    }
}
