package eu.cbss.impt.hub.web.signal;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.json.JsonObject;

import eu.cbss.impt.hub.web.api.JsonValues;

/** One step of a signal's review history: {@code {decision, message, by, role, at}}. */
public record Review(String decision, String message, String by, String role, OffsetDateTime at) implements Serializable {

    public static Review from(JsonObject json) {
        return new Review(JsonValues.string(json, "decision"), JsonValues.string(json, "message"),
                JsonValues.string(json, "by"), JsonValues.string(json, "role"), JsonValues.dateTime(json, "at"));
    }

    public static List<Review> listFrom(JsonObject json) {
        return JsonValues.objects(json, "reviews").stream().map(Review::from).toList();
    }
}
