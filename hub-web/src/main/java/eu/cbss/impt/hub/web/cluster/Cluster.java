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
        String verification, Proposal pendingProposal, String mergedInto, OffsetDateTime createdAt,
        List<HistoryLine> history, List<Link> links) implements Serializable {

    public static final String VERIFIED = "VERIFIED";
    public static final String DISMISSED = "DISMISSED";
    public static final String UNVERIFIED = "UNVERIFIED";

    /** A member signal, summarised: no narrative, no child record. */
    public record MemberSignal(String id, String reference, String organisation, String organisationType, String grade,
            String sourceType, LocalDate occurredFrom, LocalDate occurredTo, OffsetDateTime submittedAt) implements Serializable {

        static MemberSignal from(JsonObject json) {
            return new MemberSignal(JsonValues.string(json, "id"), JsonValues.string(json, "reference"),
                    JsonValues.string(json, "organisation"), JsonValues.string(json, "organisationType"),
                    JsonValues.string(json, "grade"), JsonValues.string(json, "sourceType"),
                    JsonValues.date(json, "occurredFrom"), JsonValues.date(json, "occurredTo"),
                    JsonValues.dateTime(json, "submittedAt"));
        }

        /** Graded official, or from an official record: what lets one coordinator verify alone. */
        public boolean official() {
            return "OFFICIAL".equals(grade) || "OFFICIAL_RECORD".equals(sourceType);
        }
    }

    /** A proposal to verify, waiting for a second national coordinator. */
    public record Proposal(String by, OffsetDateTime at, String rationale) implements Serializable {
        static Proposal from(JsonObject json) {
            return json == null ? null : new Proposal(JsonValues.string(json, "by"), JsonValues.dateTime(json, "at"),
                    JsonValues.string(json, "rationale"));
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
                JsonValues.string(json, "assessedGrade"), JsonValues.string(json, "verification"), Proposal.from(proposal),
                JsonValues.string(json, "mergedInto"), JsonValues.dateTime(json, "createdAt"),
                JsonValues.objects(json, "history").stream().map(HistoryLine::from).toList(),
                JsonValues.objects(json, "links").stream().map(Link::from).toList());
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

    public boolean isOfficialSource() {
        return signals.stream().anyMatch(MemberSignal::official);
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
