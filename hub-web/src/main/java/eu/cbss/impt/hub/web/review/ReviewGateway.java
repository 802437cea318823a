package eu.cbss.impt.hub.web.review;

import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

import eu.cbss.impt.hub.web.api.HubApi;
import eu.cbss.impt.hub.web.signal.Signal;
import eu.cbss.impt.hub.web.signal.SignalPage;

/** The review steps of hub-api as the pages use them. Failures arrive as {@link eu.cbss.impt.hub.web.api.ApiProblem}. */
@RequestScoped
public class ReviewGateway {

    @Inject
    HubApi api;

    /** {@code GET /v1/reviews}: the regional coordinator's queue, oldest first. */
    public SignalPage queue(int page, int size) {
        return SignalPage.from(api.get("v1/reviews", Map.of("page", Integer.toString(page), "size", Integer.toString(size))));
    }

    /** {@code POST /v1/reviews/{id}}: ACCEPT, RETURN or REJECT, with a message (required for the last two). */
    public Signal decide(String signalId, String decision, String message) {
        JsonObjectBuilder body = Json.createObjectBuilder();
        if (decision != null) {
            body.add("decision", decision);
        }
        if (message != null && !message.isBlank()) {
            body.add("message", message.strip());
        }
        return Signal.from(api.post("v1/reviews/" + signalId, body.build()).body());
    }

    /** {@code POST /v1/signals/{id}/answer}: the filing organisation answers the question of a returned signal. */
    public Signal answer(String signalId, String message) {
        JsonObjectBuilder body = Json.createObjectBuilder();
        if (message != null && !message.isBlank()) {
            body.add("message", message.strip());
        }
        return Signal.from(api.post("v1/signals/" + signalId + "/answer", body.build()).body());
    }
}
