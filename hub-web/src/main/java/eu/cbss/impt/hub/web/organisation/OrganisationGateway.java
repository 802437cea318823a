package eu.cbss.impt.hub.web.organisation;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

import eu.cbss.impt.hub.web.api.HubApi;
import eu.cbss.impt.hub.web.api.JsonValues;

/** The organisations resource of hub-api (and {@code /v1/me} for the user's own), as the pages use them. Failures arrive as {@link eu.cbss.impt.hub.web.api.ApiProblem}. */
@RequestScoped
public class OrganisationGateway {

    @Inject
    HubApi api;

    /** {@code GET /v1/organisations}: the whole register, by id. */
    public List<Organisation> all() {
        return JsonValues.objects(api.get("v1/organisations"), "items").stream().map(Organisation::from).toList();
    }

    /** {@code POST /v1/organisations}. */
    public Organisation register(JsonObject body) {
        return Organisation.from(api.post("v1/organisations", body).body());
    }

    /** {@code PUT /v1/organisations/{id}}: replaces its details; 409 when someone else changed it since {@code version}. */
    public Organisation revise(String id, JsonObject body) {
        return Organisation.from(api.put("v1/organisations/" + id, body).body());
    }

    /** {@code GET /v1/me}: whether the user's organisation lets them use the hub. */
    public OwnOrganisation own() {
        return OwnOrganisation.from(api.get("v1/me"));
    }
}
