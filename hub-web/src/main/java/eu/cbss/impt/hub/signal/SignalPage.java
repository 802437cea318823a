package eu.cbss.impt.hub.signal;

import java.io.Serializable;
import java.util.List;

import jakarta.json.JsonObject;

import eu.cbss.impt.hub.platform.JsonValues;

/** One page of {@code GET /v1/signals}: {@code {items, page, size, total}}, page 0-based. */
public record SignalPage(List<Signal> items, int page, int size, long total) implements Serializable {

    public static final SignalPage EMPTY = new SignalPage(List.of(), 0, 0, 0);

    public static SignalPage from(JsonObject json) {
        List<Signal> items = JsonValues.objects(json, "items").stream().map(Signal::from).toList();
        return new SignalPage(items, (int) JsonValues.longValue(json, "page", 0),
                (int) JsonValues.longValue(json, "size", items.size()),
                JsonValues.longValue(json, "total", items.size()));
    }
}
