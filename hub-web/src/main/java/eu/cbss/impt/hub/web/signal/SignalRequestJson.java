package eu.cbss.impt.hub.web.signal;

import java.time.LocalDate;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * The body of {@code POST /v1/signals} from the form: exactly the contract's fields, empty
 * optional fields left out rather than sent as "". Identifiers go only into this body.
 */
final class SignalRequestJson {

    private SignalRequestJson() {
    }

    static JsonObject of(SignalDraft draft, List<Identifiers> identifiers) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        text(json, "externalRef", draft.getExternalRef());
        text(json, "grade", draft.getGrade());
        text(json, "sourceType", draft.getSourceType());
        text(json, "informationType", draft.getInformationType());
        if (draft.getConcerns() != null && !draft.getConcerns().isEmpty()) {
            JsonArrayBuilder concerns = Json.createArrayBuilder();
            draft.getConcerns().stream().filter(code -> code != null && !code.isBlank()).forEach(concerns::add);
            json.add("concerns", concerns);
        }
        text(json, "childSituation", draft.getChildSituation());
        text(json, "region", draft.getRegion());
        date(json, "occurredFrom", draft.getOccurredFrom());
        date(json, "occurredTo", draft.getOccurredTo());
        if (draft.getChildrenCount() != null) {
            json.add("childrenCount", draft.getChildrenCount());
        }
        if (!draft.getChildren().isEmpty()) {
            JsonArrayBuilder children = Json.createArrayBuilder();
            for (int i = 0; i < draft.getChildren().size(); i++) {
                children.add(child(draft.getChildren().get(i), i < identifiers.size() ? identifiers.get(i) : null));
            }
            json.add("children", children);
        }
        text(json, "narrative", draft.getNarrative());
        return json.build();
    }

    private static JsonObjectBuilder child(ChildDraft child, Identifiers identifiers) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        text(json, "sex", child.getSex());
        if (child.getAge() != null) {
            json.add("age", child.getAge());
        }
        text(json, "ageBand", child.getAgeBand());
        text(json, "citizenship", child.getCitizenship());
        text(json, "countryOfBirth", child.getCountryOfBirth());
        text(json, "recruitmentCountry", child.getRecruitmentCountry());
        text(json, "legalStatus", child.getLegalStatus());
        if (child.getRetrafficked() != null) {
            json.add("retrafficked", child.getRetrafficked());
        }
        if (identifiers != null && !identifiers.isEmpty()) {
            JsonObjectBuilder ids = Json.createObjectBuilder();
            text(ids, "givenName", identifiers.getGivenName());
            text(ids, "familyName", identifiers.getFamilyName());
            date(ids, "dateOfBirth", identifiers.getDateOfBirth());
            json.add("identifiers", ids);
        }
        return json;
    }

    private static void text(JsonObjectBuilder json, String name, String value) {
        if (value != null && !value.isBlank()) {
            json.add(name, name.equals("narrative") ? value : value.trim());
        }
    }

    private static void date(JsonObjectBuilder json, String name, LocalDate value) {
        if (value != null) {
            json.add(name, value.toString());
        }
    }
}
