package eu.cbss.impt.hub.web.organisation;

import java.io.Serializable;

import jakarta.json.JsonObject;

import eu.cbss.impt.hub.web.api.JsonValues;

/** An organisation of the register as the API shows it; {@code version} goes back with a change. */
public record Organisation(String id, String name, String type, String level, String region, String network,
        boolean active, long version) implements Serializable {

    public static Organisation from(JsonObject json) {
        return new Organisation(JsonValues.string(json, "id"), JsonValues.string(json, "name"),
                JsonValues.string(json, "type"), JsonValues.string(json, "level"), JsonValues.string(json, "region"),
                JsonValues.string(json, "network"), Boolean.TRUE.equals(JsonValues.bool(json, "active")),
                JsonValues.longValue(json, "version", 0));
    }
}
