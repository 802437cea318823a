package eu.cbss.impt.hub.web.cluster;

import eu.cbss.impt.hub.web.api.HubApi;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** hub-api's {@code /v1/clusters} as the pages use it. Failures arrive as {@link eu.cbss.impt.hub.web.api.ApiProblem}. */
@RequestScoped
public class ClusterGateway {

    /** How many pages of 200 a search for a short reference reads at most. */
    private static final int SEARCH_PAGES = 25;

    @Inject
    HubApi api;

    /** {@code GET /v1/clusters}: newest first; null parameters are left out. */
    public ClusterPage list(String kind, String verification, int page, int size) {
        Map<String, String> query = new HashMap<>();
        query.put("kind", kind);
        query.put("verification", verification);
        query.put("page", Integer.toString(page));
        query.put("size", Integer.toString(size));
        return ClusterPage.from(api.get("v1/clusters", query));
    }

    public Cluster find(String id) {
        return Cluster.from(api.get("v1/clusters/" + id));
    }

    /** {@code POST .../verification}: VERIFIED (perhaps only proposed) or DISMISSED. */
    public Cluster decide(String id, String decision, String rationale) {
        JsonObjectBuilder body = Json.createObjectBuilder();
        if (decision != null) body.add("decision", decision);
        addRationale(body, rationale);
        return Cluster.from(api.post("v1/clusters/" + id + "/verification", body.build()).body());
    }

    /** {@code POST .../verification/confirmation}: a second national coordinator confirms. */
    public Cluster confirm(String id, String rationale) {
        JsonObjectBuilder body = Json.createObjectBuilder();
        addRationale(body, rationale);
        return Cluster.from(api.post("v1/clusters/" + id + "/verification/confirmation", body.build()).body());
    }

    /** {@code POST .../split}: answers the new cluster. */
    public Cluster split(String id, List<String> signalIds, String rationale) {
        JsonArrayBuilder ids = Json.createArrayBuilder();
        signalIds.forEach(ids::add);
        JsonObjectBuilder body = Json.createObjectBuilder().add("signalIds", ids);
        addRationale(body, rationale);
        return Cluster.from(api.post("v1/clusters/" + id + "/split", body.build()).body());
    }

    /** {@code POST .../separation}: answers this cluster. */
    public Cluster separate(String id, String otherClusterId, String rationale) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("otherClusterId", otherClusterId);
        addRationale(body, rationale);
        return Cluster.from(api.post("v1/clusters/" + id + "/separation", body.build()).body());
    }

    /** {@code POST .../merge}: the other cluster joins this one (same child); answers this cluster. */
    public Cluster merge(String id, String otherClusterId, String rationale) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("otherClusterId", otherClusterId);
        addRationale(body, rationale);
        return Cluster.from(api.post("v1/clusters/" + id + "/merge", body.build()).body());
    }

    /** {@code GET /v1/near-misses}: open near misses, newest first. */
    public List<NearMiss> nearMisses(int page, int size) {
        return NearMiss.pageFrom(api.get("v1/near-misses", Map.of("page", Integer.toString(page), "size", Integer.toString(size))));
    }

    /** {@code POST /v1/near-misses/{id}/resolution}: SAME_CHILD or NOT_THE_SAME; answers the cluster of the newer report. */
    public Cluster resolve(String nearMissId, String resolution, String rationale) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("resolution", resolution);
        addRationale(body, rationale);
        return Cluster.from(api.post("v1/near-misses/" + nearMissId + "/resolution", body.build()).body());
    }

    /**
     * The id of the current cluster of {@code kind} a person means by a short reference ("C-1A2B3C4D"),
     * read from the list; empty if none (or more than one) matches.
     */
    public Optional<String> idOf(String reference, String kind) {
        String prefix = ClusterReferences.prefix(reference);
        if (prefix == null) {
            return Optional.empty();
        }
        String found = null;
        for (int page = 0; page < SEARCH_PAGES; page++) {
            ClusterPage result = list(kind, null, page, 200);
            for (Cluster c : result.items()) {
                if (c.id().toLowerCase(Locale.ROOT).startsWith(prefix)) {
                    if (found != null && !found.equals(c.id())) {
                        return Optional.empty();
                    }
                    found = c.id();
                }
            }
            if ((long) (page + 1) * 200 >= result.total()) {
                break;
            }
        }
        return Optional.ofNullable(found);
    }

    private static void addRationale(JsonObjectBuilder body, String rationale) {
        if (rationale != null && !rationale.isBlank()) {
            body.add("rationale", rationale.strip());
        }
    }
}
