package eu.cbss.impt.hub.web.cluster;

import eu.cbss.impt.hub.web.api.JsonValues;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * "Possibly the same child" as {@code GET /v1/near-misses} returns it: two reports the API did not
 * link, their clusters now, how alike, why not, and what this user may do. Never an identifier.
 */
public record NearMiss(String id, String reason, double similarity, OffsetDateTime foundAt, String clusterId,
        String otherClusterId, Cluster.MemberSignal signal, Cluster.MemberSignal otherSignal, List<String> allowedActions)
        implements Serializable {

    static NearMiss from(JsonObject json) {
        double similarity = json.get("similarity") instanceof jakarta.json.JsonNumber n ? n.doubleValue() : 0;
        return new NearMiss(JsonValues.string(json, "id"), JsonValues.string(json, "reason"), similarity,
                JsonValues.dateTime(json, "foundAt"), JsonValues.string(json, "clusterId"),
                JsonValues.string(json, "otherClusterId"), member(json.get("signal")), member(json.get("otherSignal")),
                JsonValues.strings(json, "allowedActions"));
    }

    static List<NearMiss> pageFrom(JsonObject json) {
        return JsonValues.objects(json, "items").stream().map(NearMiss::from).toList();
    }

    private static Cluster.MemberSignal member(JsonValue value) {
        return value instanceof JsonObject o ? Cluster.MemberSignal.from(o) : null;
    }

    /** Whole percent, as the cluster page shows link similarities. */
    public int percent() {
        return (int) Math.round(similarity * 100);
    }

    public boolean allows(String action) {
        return allowedActions.contains(action);
    }

    public String reference() {
        return "N-" + id.substring(0, Math.min(8, id.length())).toUpperCase(java.util.Locale.ROOT);
    }
}
