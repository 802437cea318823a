package eu.cbss.impt.hub.web.cluster;

import eu.cbss.impt.hub.web.api.JsonValues;
import jakarta.json.JsonObject;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A cluster as {@code GET /v1/clusters[/{id}]} returns it. A list item has no {@code signals},
 * {@code history} or {@code links} (they read as empty). Never an identifier: the API sends none.
 */
public record Cluster(String id, String kind, List<String> signalIds, List<MemberSignal> signals,
        List<String> organisations, List<String> organisationTypes, int sourceCount, String assessedGrade,
        GradeReason gradeReason, boolean officialSource, String verification, Proposal pendingProposal,
        String mergedInto, OffsetDateTime createdAt, List<HistoryLine> history, List<Link> links,
        List<String> allowedActions) implements Serializable {

    /** Which branch of the API's corroboration rule gave the assessed grade: its code and its words. */
    public record GradeReason(String code, String words) implements Serializable {
        static GradeReason from(JsonObject json) {
            return json == null ? new GradeReason(null, null)
                    : new GradeReason(JsonValues.string(json, "code"), JsonValues.string(json, "words"));
        }
    }

    /** A member signal, summarised: no narrative, no child record. */
    public record MemberSignal(String id, String reference, String organisation, String organisationType, String grade,
            String sourceType, boolean official, LocalDate occurredFrom, LocalDate occurredTo, OffsetDateTime submittedAt)
            implements Serializable {

        public static MemberSignal from(JsonObject json) {
            return new MemberSignal(JsonValues.string(json, "id"), JsonValues.string(json, "reference"),
                    JsonValues.string(json, "organisation"), JsonValues.string(json, "organisationType"),
                    JsonValues.string(json, "grade"), JsonValues.string(json, "sourceType"),
                    json.getBoolean("official", false), JsonValues.date(json, "occurredFrom"), JsonValues.date(json, "occurredTo"),
                    JsonValues.dateTime(json, "submittedAt"));
        }
    }

    /** A proposal to verify, waiting for a second national coordinator; {@code byCaller}: this user made it. */
    public record Proposal(String by, OffsetDateTime at, String rationale, boolean byCaller) implements Serializable {
        static Proposal from(JsonObject json) {
            return json == null ? null : new Proposal(JsonValues.string(json, "by"), JsonValues.dateTime(json, "at"),
                    JsonValues.string(json, "rationale"), json.getBoolean("byCaller", false));
        }
    }

    /** One line of the history: who did what, in which role, when, why. */
    public record HistoryLine(String act, String rationale, String otherClusterId, String by, String role,
            OffsetDateTime at) implements Serializable {
        static HistoryLine from(JsonObject json) {
            return new HistoryLine(JsonValues.string(json, "act"), JsonValues.string(json, "rationale"),
                    JsonValues.string(json, "otherClusterId"), JsonValues.string(json, "by"), JsonValues.string(json, "role"),
                    JsonValues.dateTime(json, "at"));
        }
    }

    /** Why two member signals are linked; {@code similarity} 0..1 (null for exact tokens and incidents). */
    public record Link(String signalId, String linkedToSignalId, Double similarity, String basis, String evidence)
            implements Serializable {
        static Link from(JsonObject json) {
            Double similarity = json.containsKey("similarity") && json.get("similarity").getValueType() == jakarta.json.JsonValue.ValueType.NUMBER
                    ? json.getJsonNumber("similarity").doubleValue() : null;
            return new Link(JsonValues.string(json, "signalId"), JsonValues.string(json, "linkedToSignalId"), similarity,
                    JsonValues.string(json, "basis"), JsonValues.string(json, "evidence"));
        }

        /** "87 %"-style whole percent, or null when the link is not by similarity. */
        public Integer percent() {
            return similarity == null ? null : (int) Math.round(similarity * 100);
        }
    }

    public static Cluster from(JsonObject json) {
        JsonObject sources = json.containsKey("independentSources") && json.get("independentSources") instanceof JsonObject o
                ? o : JsonObject.EMPTY_JSON_OBJECT;
        JsonObject proposal = json.get("pendingProposal") instanceof JsonObject p ? p : null;
        Integer count = JsonValues.integer(sources, "count");
        List<String> organisations = JsonValues.strings(sources, "organisations");
        return new Cluster(JsonValues.string(json, "id"), JsonValues.string(json, "kind"), JsonValues.strings(json, "signalIds"),
                JsonValues.objects(json, "signals").stream().map(MemberSignal::from).toList(),
                organisations, JsonValues.strings(sources, "organisationTypes"),
                count == null ? organisations.size() : count,
                JsonValues.string(json, "assessedGrade"),
                GradeReason.from(json.get("gradeReason") instanceof JsonObject r ? r : null),
                json.getBoolean("officialSource", false), JsonValues.string(json, "verification"), Proposal.from(proposal),
                JsonValues.string(json, "mergedInto"), JsonValues.dateTime(json, "createdAt"),
                JsonValues.objects(json, "history").stream().map(HistoryLine::from).toList(),
                JsonValues.objects(json, "links").stream().map(Link::from).toList(),
                JsonValues.strings(json, "allowedActions"));
    }

    /** A short name for people: "C-1A2B3C4D", the first eight characters of the id (also accepted when separating). */
    public String reference() {
        return reference(id);
    }

    public static String reference(String id) {
        return id == null ? "" : "C-" + id.substring(0, Math.min(8, id.length())).toUpperCase(Locale.ROOT);
    }

    public boolean isProposalPending() {
        return pendingProposal != null;
    }

    public boolean isCurrent() {
        return mergedInto == null;
    }

    /** Whether the API allows this user the act ({@code verify}, {@code confirm}, …) now. */
    public boolean allows(String action) {
        return allowedActions.contains(action);
    }

    /** The member signals in the order things happened: by start of the period, then by filing. */
    public List<MemberSignal> timeline() {
        return signals.stream().sorted(Comparator.comparing(MemberSignal::occurredFrom, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(MemberSignal::submittedAt, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
    }

    /** The reference of a member signal (as the links name them by id), or a short form of the id. */
    public String signalReference(String signalId) {
        return signals.stream().filter(s -> Objects.equals(s.id(), signalId)).map(MemberSignal::reference).findFirst()
                .orElse(signalId == null ? "" : signalId.substring(0, Math.min(8, signalId.length())));
    }
}
