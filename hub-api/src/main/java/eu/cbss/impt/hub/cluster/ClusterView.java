package eu.cbss.impt.hub.cluster;

import eu.cbss.impt.hub.access.Caller;
import eu.cbss.impt.hub.organisation.OrganisationType;
import eu.cbss.impt.hub.signal.Grade;
import eu.cbss.impt.hub.signal.Signal;
import eu.cbss.impt.hub.signal.SourceType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/**
 * A cluster as the API returns it: its signals (summaries), sources, grade, verification, history and
 * the evidence of its links. Never a token, a Bloom filter, a child record's id or any identifier.
 */
@Schema(name = "Cluster", properties = @SchemaProperty(name = "allowedActions",
        description = "What the caller may do to the cluster now: any of verify, confirm, dismiss, split, separate, merge "
                + "(docs/api-guide.md, Allowed actions)"))
public record ClusterView(UUID id, ClusterKind kind, List<UUID> signalIds, List<MemberSignal> signals,
        IndependentSources independentSources, Grade assessedGrade, GradeReasonView gradeReason, boolean officialSource,
        Verification verification, Proposal pendingProposal, UUID mergedInto, Instant createdAt,
        List<DecisionView> history, List<LinkView> links, List<String> allowedActions) {

    /** A member signal, summarised. */
    @Schema(name = "ClusterSignal")
    public record MemberSignal(UUID id, String reference, String organisation, OrganisationType organisationType,
            Grade grade, SourceType sourceType, boolean official, LocalDate occurredFrom, LocalDate occurredTo,
            Instant submittedAt) {
    }

    /** Which branch of the corroboration rule gave the assessed grade: a stable code and its words. */
    @Schema(name = "GradeReason")
    public record GradeReasonView(
            @Schema(enumeration = {"official-source", "several-organisations", "graded-maybe", "anecdotal-only"}) String code,
            String words) {
        static GradeReasonView of(Corroboration c) {
            return new GradeReasonView(c.reason().code(), c.reason().words());
        }
    }

    /** The distinct organisations among the signals and their types; {@code count} counts organisations. */
    public record IndependentSources(List<String> organisations, List<OrganisationType> organisationTypes, int count) {
        static IndependentSources of(Corroboration c) {
            return new IndependentSources(c.organisations(), c.organisationTypes(), c.count());
        }
    }

    /** A proposal to verify that waits for a second national coordinator; {@code byCaller}: the caller made it. */
    public record Proposal(String by, Instant at, String rationale, boolean byCaller) {
    }

    public record DecisionView(ClusterAct act, String rationale, UUID otherClusterId, String by, String role, Instant at) {
        static DecisionView from(ClusterDecision d) {
            return new DecisionView(d.act(), d.rationale(), d.otherCluster(), d.decidedBy(), d.decidedRole(), d.decidedAt());
        }
    }

    /**
     * Why two member signals are linked. {@code basis}: ID_NUMBER or NAME_AND_BIRTH (evidence
     * EXACT_TOKEN), SIMILARITY or CONTAINMENT (BLOOM_FILTER, with the Dice similarity), SAME_INCIDENT
     * (INCIDENT_RULE).
     */
    public record LinkView(UUID signalId, UUID linkedToSignalId, Double similarity, String basis, String evidence) {
        static LinkView from(ClusterLink l) {
            String evidence = switch (l.basis()) {
                case "ID_NUMBER", "NAME_AND_BIRTH" -> "EXACT_TOKEN";
                case ClusterLink.SAME_INCIDENT -> "INCIDENT_RULE";
                default -> "BLOOM_FILTER";
            };
            Double similarity = l.similarity() == null ? null : Math.round(l.similarity() * 1000) / 1000.0;
            return new LinkView(l.signal(), l.linkedToSignal(), similarity, l.basis(), evidence);
        }
    }

    static ClusterView of(Cluster c, List<Signal> signals, Map<String, OrganisationType> types, Corroboration corroboration,
            List<ClusterLink> links, boolean full, Caller caller) {
        Proposal proposal = c.proposalPending() ? new Proposal(c.proposedBy(), c.proposedAt(), c.proposalRationale(),
                c.proposedBy().equals(caller.username())) : null;
        return new ClusterView(c.id(), c.kind(), signals.stream().map(Signal::id).toList(),
                full ? signals.stream().map(s -> new MemberSignal(s.id(), s.reference(), s.organisation(),
                        types.get(s.organisation()), s.grade(), s.sourceType(), Corroboration.official(s.grade(), s.sourceType()),
                        s.occurredFrom(), s.occurredTo(),
                        s.submittedAt())).toList() : null,
                IndependentSources.of(corroboration), corroboration.assessedGrade(), GradeReasonView.of(corroboration),
                corroboration.officialSource(), c.verification(), proposal,
                c.mergedInto(), c.createdAt(), full ? c.history().stream().map(DecisionView::from).toList() : null,
                full ? links.stream().map(LinkView::from).toList() : null,
                c.allowedActions(caller, signals.size()).stream().map(ClusterAction::wire).toList());
    }
}
