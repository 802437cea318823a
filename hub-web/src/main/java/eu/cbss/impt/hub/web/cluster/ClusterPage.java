package eu.cbss.impt.hub.web.cluster;

import eu.cbss.impt.hub.web.api.JsonValues;
import jakarta.json.JsonObject;
import java.io.Serializable;
import java.util.List;

/** One page of {@code GET /v1/clusters}: {@code {items, page, size, total}}, page 0-based; {@code note} from the basis. */
public record ClusterPage(List<Cluster> items, int page, int size, long total, String note) implements Serializable {

    public static final ClusterPage EMPTY = new ClusterPage(List.of(), 0, 0, 0, null);

    public static ClusterPage from(JsonObject json) {
        List<Cluster> items = JsonValues.objects(json, "items").stream().map(Cluster::from).toList();
        JsonObject basis = json.get("basis") instanceof JsonObject b ? b : JsonObject.EMPTY_JSON_OBJECT;
        return new ClusterPage(items, (int) JsonValues.longValue(json, "page", 0),
                (int) JsonValues.longValue(json, "size", items.size()), JsonValues.longValue(json, "total", items.size()),
                JsonValues.string(basis, "note"));
    }
}
