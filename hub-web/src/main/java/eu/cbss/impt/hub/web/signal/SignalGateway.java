package eu.cbss.impt.hub.web.signal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

import eu.cbss.impt.hub.web.api.HubApi;

/** The signals resource of hub-api, as the pages use it. Failures arrive as {@link eu.cbss.impt.hub.web.api.ApiProblem}. */
@RequestScoped
public class SignalGateway {

    @Inject
    HubApi api;

    /** Files a signal; {@code existing} when the organisation had already filed the same external reference (200). */
    public Filed file(JsonObject request) {
        HubApi.Answer answer = api.post("v1/signals", request);
        return new Filed(Signal.from(answer.body()), answer.status() == 200);
    }

    public Signal find(String id) {
        return Signal.from(api.get("v1/signals/" + id));
    }

    public SignalPage search(SignalQuery query) {
        return SignalPage.from(api.get("v1/signals", query.toParameters()));
    }

    /** The outcome of filing. */
    public record Filed(Signal signal, boolean existing) {
    }
}
