package eu.cbss.impt.hub.web.signal;

import java.io.Serializable;
import java.util.List;

import jakarta.json.JsonObject;

import eu.cbss.impt.hub.web.api.JsonValues;

/**
 * What the hub counts for a signal list ({@code count} of {@code GET /v1/signals}): the distinct
 * children and incidents the signals are about, and its basis (grades and review states of the
 * signals, verification states of the clusters counted).
 */
public record SignalCount(long signals, long children, long incidents, long notLinked, long dismissed,
        List<String> signalGrades, List<String> reviewStatuses, List<String> verification) implements Serializable {

    public static final SignalCount NONE = new SignalCount(0, 0, 0, 0, 0, List.of(), List.of(), List.of());

    static SignalCount from(JsonObject page) {
        if (!(page.get("count") instanceof JsonObject json)) {
            return NONE;
        }
        JsonObject basis = json.get("basis") instanceof JsonObject b ? b : JsonObject.EMPTY_JSON_OBJECT;
        return new SignalCount(JsonValues.longValue(json, "signals", 0), JsonValues.longValue(json, "children", 0),
                JsonValues.longValue(json, "incidents", 0), JsonValues.longValue(json, "notLinked", 0),
                JsonValues.longValue(json, "dismissed", 0), JsonValues.strings(basis, "signalGrades"),
                JsonValues.strings(basis, "reviewStatuses"), JsonValues.strings(basis, "verification"));
    }
}
