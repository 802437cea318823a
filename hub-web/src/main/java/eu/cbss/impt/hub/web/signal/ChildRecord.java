package eu.cbss.impt.hub.web.signal;

import java.io.Serializable;

import jakarta.json.JsonObject;

import eu.cbss.impt.hub.web.api.JsonValues;

/** A pseudonymous child record as the API returns it: never any identifier, only whether it could be linked. */
public record ChildRecord(String sex, Integer age, String ageBand, String citizenship, String countryOfBirth,
        String recruitmentCountry, String legalStatus, Boolean retrafficked, Boolean linkable) implements Serializable {

    static ChildRecord from(JsonObject json) {
        return new ChildRecord(JsonValues.string(json, "sex"), JsonValues.integer(json, "age"),
                JsonValues.string(json, "ageBand"), JsonValues.string(json, "citizenship"),
                JsonValues.string(json, "countryOfBirth"), JsonValues.string(json, "recruitmentCountry"),
                JsonValues.string(json, "legalStatus"), JsonValues.bool(json, "retrafficked"),
                JsonValues.bool(json, "linkable"));
    }
}
