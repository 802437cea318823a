package eu.cbss.impt.hub.web.organisation;

import java.io.Serializable;

import jakarta.json.JsonObject;

import eu.cbss.impt.hub.web.api.JsonValues;

/**
 * The signed-in user's organisation as {@code GET /v1/me} describes it: the id their account names,
 * its name if it is registered, and whether it is active (else the API refuses all their other requests).
 */
public record OwnOrganisation(String id, String name, boolean active) implements Serializable {

    public static OwnOrganisation from(JsonObject me) {
        return new OwnOrganisation(JsonValues.string(me, "organisation"), JsonValues.string(me, "organisationName"),
                Boolean.TRUE.equals(JsonValues.bool(me, "organisationActive")));
    }

    /** The bundle key that tells the user why the hub refuses them, or null when it does not. */
    public String problemKey() {
        if (active) {
            return null;
        }
        if (id == null || id.isBlank()) {
            return "home.organisation.none";
        }
        return name == null ? "home.organisation.unknown" : "home.organisation.inactive";
    }
}
