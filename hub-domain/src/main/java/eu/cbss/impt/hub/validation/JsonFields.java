package eu.cbss.impt.hub.validation;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads typed fields from one JSON object and collects a {@link FieldError} for each field that
 * is missing, of the wrong type or unknown, so a client learns everything wrong in one answer.
 * Error messages never repeat the value that was sent: it might be a child's name.
 */
public final class JsonFields {

    private final JsonObject json;
    private final String prefix;
    private final List<FieldError> errors;

    public JsonFields(JsonObject json, String prefix, List<FieldError> errors) {
        this.json = json;
        this.prefix = prefix;
        this.errors = errors;
    }

    public String path(String name) {
        return prefix.isEmpty() ? name : prefix + "." + name;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public void error(String name, String message) {
        errors.add(new FieldError(path(name), message));
    }

    /** Flags every field not in {@code known}, so a misspelt field is not silently ignored. */
    public void rejectUnknown(Set<String> known) {
        json.keySet().stream().filter(k -> !known.contains(k)).sorted()
                .forEach(k -> error(k, "Unknown field; the fields are " + String.join(", ", known.stream().sorted().toList()) + "."));
    }

    private boolean absent(String name) {
        JsonValue v = json.get(name);
        return v == null || v.getValueType() == JsonValue.ValueType.NULL;
    }

    public String string(String name, boolean required, int maxLength) {
        if (absent(name)) {
            if (required) error(name, "This field is required.");
            return null;
        }
        JsonValue v = json.get(name);
        if (!(v instanceof JsonString s)) {
            error(name, "Must be a text value.");
            return null;
        }
        String value = s.getString().strip();
        if (value.isEmpty()) {
            if (required) error(name, "This field is required.");
            return null;
        }
        if (value.length() > maxLength) {
            error(name, "Must be at most " + String.format("%,d", maxLength) + " characters long; it has "
                    + String.format("%,d", value.length()) + ".");
            return null;
        }
        if (value.indexOf('\0') >= 0) {
            error(name, "Must not contain a NUL character.");
            return null;
        }
        return value;
    }

    public <E extends Enum<E>> E code(String name, Class<E> type, boolean required) {
        String value = string(name, required, 100);
        return value == null ? null : toCode(path(name), value, type);
    }

    /** The code named by {@code value}, or null with an error at {@code fieldPath}. */
    public <E extends Enum<E>> E toCode(String fieldPath, String value, Class<E> type) {
        return code(fieldPath, value, type, errors);
    }

    /** The code named by {@code value}, or null with an error at {@code fieldPath} (also for query parameters). */
    public static <E extends Enum<E>> E code(String fieldPath, String value, Class<E> type, List<FieldError> errors) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(fieldPath, "Unknown code; use one of " + allowed(type) + "."));
            return null;
        }
    }

    /** A query parameter's date (YYYY-MM-DD); null when blank, or null with an error at {@code name}. */
    public static LocalDate queryDate(String name, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) return null;
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(name, "Must be a date written as YYYY-MM-DD."));
            return null;
        }
    }

    public static <E extends Enum<E>> String allowed(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }

    public Integer integer(String name, boolean required, int min, int max, String rangeMessage) {
        if (absent(name)) {
            if (required) error(name, "This field is required.");
            return null;
        }
        if (!(json.get(name) instanceof JsonNumber n) || !n.isIntegral()) {
            error(name, "Must be a whole number.");
            return null;
        }
        long value;
        try {
            value = n.longValueExact();
        } catch (ArithmeticException e) {
            error(name, rangeMessage);
            return null;
        }
        if (value < min || value > max) {
            error(name, rangeMessage);
            return null;
        }
        return (int) value;
    }

    public Boolean bool(String name) {
        if (absent(name)) return null;
        JsonValue v = json.get(name);
        if (v == JsonValue.TRUE) return true;
        if (v == JsonValue.FALSE) return false;
        error(name, "Must be true or false.");
        return null;
    }

    public LocalDate date(String name, boolean required) {
        String value = string(name, required, 10);
        if (value == null) return null;
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            error(name, "Must be a date written as YYYY-MM-DD.");
            return null;
        }
    }

    public JsonObject object(String name) {
        if (absent(name)) return null;
        if (json.get(name) instanceof JsonObject o) return o;
        error(name, "Must be an object.");
        return null;
    }

    public JsonArray array(String name, boolean required) {
        if (absent(name)) {
            if (required) error(name, "This field is required.");
            return null;
        }
        if (json.get(name) instanceof JsonArray a) return a;
        error(name, "Must be a list.");
        return null;
    }

    public List<String> strings(String name, boolean required) {
        JsonArray array = array(name, required);
        if (array == null) return null;
        List<String> values = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i) instanceof JsonString s) {
                values.add(s.getString().strip());
            } else {
                errors.add(new FieldError(path(name) + "[" + i + "]", "Must be a text value."));
            }
        }
        return values;
    }
}
