package eu.cbss.impt.hub.web.signal;

import eu.cbss.impt.hub.web.api.JsonValues;
import jakarta.json.JsonObject;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A signal as the API shows it (in lists without children and narrative). */
public record Signal(String id, String reference, String externalRef, String organisation, String submittedBy,
        OffsetDateTime submittedAt, String reviewStatus, String grade, String sourceType, String informationType,
        List<String> concerns, String childSituation, String region, LocalDate occurredFrom, LocalDate occurredTo,
        Integer childrenCount, List<ChildRecord> children, String narrative, List<String> clusterIds,
        List<Review> reviews, List<String> allowedActions)
        implements Serializable {

    public static Signal from(JsonObject json) {
        return new Signal(JsonValues.string(json, "id"), JsonValues.string(json, "reference"),
                JsonValues.string(json, "externalRef"), JsonValues.string(json, "organisation"),
                JsonValues.string(json, "submittedBy"), JsonValues.dateTime(json, "submittedAt"),
                JsonValues.string(json, "reviewStatus"), JsonValues.string(json, "grade"),
                JsonValues.string(json, "sourceType"), JsonValues.string(json, "informationType"),
                JsonValues.strings(json, "concerns"), JsonValues.string(json, "childSituation"),
                JsonValues.string(json, "region"), JsonValues.date(json, "occurredFrom"),
                JsonValues.date(json, "occurredTo"), JsonValues.integer(json, "childrenCount"),
                JsonValues.objects(json, "children").stream().map(ChildRecord::from).toList(),
                JsonValues.string(json, "narrative"), JsonValues.strings(json, "clusterIds"), Review.listFrom(json),
                JsonValues.strings(json, "allowedActions"));
    }

    /** Whether the API allows this user the act ({@code accept}, {@code answer}, …) now. */
    public boolean allows(String action) {
        return allowedActions != null && allowedActions.contains(action);
    }

    public boolean hasNarrative() {
        return narrative != null && !narrative.isBlank();
    }
}
