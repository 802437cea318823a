package eu.cbss.impt.hub.cluster;

import eu.cbss.impt.hub.validation.FieldError;
import eu.cbss.impt.hub.validation.InvalidInput;
import eu.cbss.impt.hub.validation.JsonFields;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/**
 * Reads the small JSON bodies of decisions on clusters, with per-field errors. The rationale's
 * presence is the domain's rule ({@link Cluster}); here only shapes and codes are checked.
 */
public final class ClusterBodies {

    private ClusterBodies() {
    }

    @Schema(name = "ClusterVerificationRequest")
    public record Decision(
            @Schema(required = true, type = SchemaType.STRING, implementation = String.class, enumeration = {"VERIFIED", "DISMISSED"})
            Verification decision,
            @Schema(required = true, maxLength = 2000) String rationale) {
    }

    @Schema(name = "ClusterConfirmationRequest")
    public record Confirmation(@Schema(required = true, maxLength = 2000) String rationale) {
    }

    @Schema(name = "ClusterSplitRequest", requiredProperties = "signalIds",
            properties = @SchemaProperty(name = "signalIds", minItems = 1, description = "The signals that leave into a new cluster"))
    public record Split(List<UUID> signalIds,
            @Schema(required = true, maxLength = 2000) String rationale) {
    }

    @Schema(name = "ClusterSeparationRequest")
    public record Separation(@Schema(required = true) UUID otherClusterId,
            @Schema(required = true, maxLength = 2000) String rationale) {
    }

    @Schema(name = "ClusterMergeRequest")
    public record Merge(@Schema(required = true) UUID otherClusterId,
            @Schema(required = true, maxLength = 2000) String rationale) {
    }

    @Schema(name = "NearMissResolutionRequest")
    public record Resolution(
            @Schema(required = true, enumeration = {"SAME_CHILD", "NOT_THE_SAME"}) String resolution,
            @Schema(required = true, maxLength = 2000) String rationale) {
    }

    private static final int MAX = 100_000; // the domain says how long a rationale may be

    public static Decision decision(JsonObject json) {
        List<FieldError> errors = new ArrayList<>();
        JsonFields f = fields(json, errors, "decision", "rationale");
        Verification decision = f.code("decision", Verification.class, true);
        if (decision == Verification.UNVERIFIED) f.error("decision", "Must be VERIFIED or DISMISSED.");
        String rationale = f.string("rationale", false, MAX);
        done(errors);
        return new Decision(decision, rationale);
    }

    public static Confirmation confirmation(JsonObject json) {
        List<FieldError> errors = new ArrayList<>();
        JsonFields f = fields(json, errors, "rationale");
        String rationale = f.string("rationale", false, MAX);
        done(errors);
        return new Confirmation(rationale);
    }

    public static Split split(JsonObject json) {
        List<FieldError> errors = new ArrayList<>();
        JsonFields f = fields(json, errors, "signalIds", "rationale");
        List<String> ids = f.strings("signalIds", true);
        List<UUID> signalIds = new ArrayList<>();
        if (ids != null) {
            if (ids.isEmpty()) f.error("signalIds", "Name at least one signal of the cluster.");
            for (String id : ids) {
                UUID u = uuid(id);
                if (u == null) f.error("signalIds", "Must be signal ids.");
                else signalIds.add(u);
            }
        }
        String rationale = f.string("rationale", false, MAX);
        done(errors);
        return new Split(signalIds, rationale);
    }

    public static Separation separation(JsonObject json) {
        List<FieldError> errors = new ArrayList<>();
        JsonFields f = fields(json, errors, "otherClusterId", "rationale");
        String other = f.string("otherClusterId", true, 36);
        UUID otherId = other == null ? null : uuid(other);
        if (other != null && otherId == null) f.error("otherClusterId", "Must be a cluster id.");
        String rationale = f.string("rationale", false, MAX);
        done(errors);
        return new Separation(otherId, rationale);
    }

    public static Merge merge(JsonObject json) {
        Separation s = separation(json);
        return new Merge(s.otherClusterId(), s.rationale());
    }

    public static Resolution resolution(JsonObject json) {
        List<FieldError> errors = new ArrayList<>();
        JsonFields f = fields(json, errors, "resolution", "rationale");
        NearMiss.Resolution how = f.code("resolution", NearMiss.Resolution.class, true);
        String rationale = f.string("rationale", false, MAX);
        done(errors);
        return new Resolution(how == null ? null : how.name(), rationale);
    }

    private static JsonFields fields(JsonObject json, List<FieldError> errors, String... known) {
        JsonFields f = new JsonFields(json, "", errors);
        f.rejectUnknown(Set.of(known));
        return f;
    }

    private static void done(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInput("The request is not valid.", errors);
        }
    }

    private static UUID uuid(String s) {
        try {
            return UUID.fromString(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
