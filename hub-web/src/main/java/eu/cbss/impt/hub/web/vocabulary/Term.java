package eu.cbss.impt.hub.web.vocabulary;

import java.io.Serializable;

import jakarta.json.JsonObject;

import eu.cbss.impt.hub.web.api.JsonValues;

/**
 * One entry of a code list as the API describes it: its code, the API's label, the definition
 * from the seed documents (help text), and for regions their NUTS level.
 */
public record Term(String code, String label, String definition, Integer level) implements Serializable {

    static Term from(JsonObject json) {
        return new Term(JsonValues.string(json, "code"), JsonValues.string(json, "label"),
                JsonValues.string(json, "definition"), JsonValues.integer(json, "level"));
    }
}
