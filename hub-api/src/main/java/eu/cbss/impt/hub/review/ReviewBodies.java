package eu.cbss.impt.hub.review;

import eu.cbss.impt.hub.signal.Review;
import eu.cbss.impt.hub.validation.FieldError;
import eu.cbss.impt.hub.validation.InvalidInput;
import eu.cbss.impt.hub.validation.JsonFields;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads the small JSON bodies of review steps, with per-field errors like the signal form. */
public final class ReviewBodies {

    /** The decisions a regional coordinator may post. */
    public enum Verdict { ACCEPT, RETURN, REJECT }

    /** A decision and its message (null if none was given; required for RETURN and REJECT). */
    public record Decision(Verdict verdict, String message) {
    }

    private ReviewBodies() {
    }

    /** A body holding exactly one required text field, such as {@code {"message": "..."}}. */
    public static String text(JsonObject json, String field) {
        List<FieldError> errors = new ArrayList<>();
        JsonFields f = new JsonFields(json, "", errors);
        f.rejectUnknown(Set.of(field));
        String value = f.string(field, true, Review.MAX_MESSAGE);
        if (!errors.isEmpty()) {
            throw new InvalidInput("The request is not valid.", errors);
        }
        return value;
    }

    public static Decision decision(JsonObject json) {
        List<FieldError> errors = new ArrayList<>();
        JsonFields f = new JsonFields(json, "", errors);
        f.rejectUnknown(Set.of("decision", "message"));
        Verdict verdict = f.code("decision", Verdict.class, true);
        String message = f.string("message", verdict == Verdict.RETURN || verdict == Verdict.REJECT, Review.MAX_MESSAGE);
        if (!errors.isEmpty()) {
            throw new InvalidInput("The decision is not valid.", errors);
        }
        return new Decision(verdict, message);
    }
}
