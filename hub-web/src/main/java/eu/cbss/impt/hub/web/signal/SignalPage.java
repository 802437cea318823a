package eu.cbss.impt.hub.web.signal;

import java.io.Serializable;
import java.util.List;

import jakarta.json.JsonObject;

import eu.cbss.impt.hub.web.api.JsonValues;

/**
 * One page of {@code GET /v1/signals}: {@code {items, page, size, total, count}}, page 0-based;
 * {@code total} counts the rows, {@code count} the distinct children and incidents behind them.
 */
public record SignalPage(List<Signal> items, int page, int size, long total, SignalCount count) implements Serializable {

    public static final SignalPage EMPTY = new SignalPage(List.of(), 0, 0, 0, SignalCount.NONE);

    public static SignalPage from(JsonObject json) {
        List<Signal> items = JsonValues.objects(json, "items").stream().map(Signal::from).toList();
        return new SignalPage(items, (int) JsonValues.longValue(json, "page", 0),
                (int) JsonValues.longValue(json, "size", items.size()),
                JsonValues.longValue(json, "total", items.size()), SignalCount.from(json));
    }
}
