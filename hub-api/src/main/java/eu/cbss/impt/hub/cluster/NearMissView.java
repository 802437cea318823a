package eu.cbss.impt.hub.cluster;

import eu.cbss.impt.hub.access.Caller;
import eu.cbss.impt.hub.linkage.Refusal;
import eu.cbss.impt.hub.signal.Signal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/**
 * "Possibly the same child": two reports' child records the engine did not link, in two clusters now,
 * with how alike they were and why not linked. Never a token, a filter or a child record's id.
 */
@Schema(name = "NearMiss", properties = @SchemaProperty(name = "allowedActions",
        description = "What the caller may do now: same-child, not-the-same, or nothing once resolved"))
public record NearMissView(UUID id,
        @Schema(enumeration = {"ambiguous", "different-id-number", "not-cohesive", "below-threshold"}) String reason,
        String reasonWords, double similarity, Instant foundAt, UUID clusterId, UUID otherClusterId,
        ClusterView.MemberSignal signal, ClusterView.MemberSignal otherSignal,
        @Schema(enumeration = {"same-child", "not-the-same"}) String resolution, String resolvedBy, Instant resolvedAt,
        List<String> allowedActions) {

    static NearMissView of(NearMiss n, UUID cluster, UUID otherCluster, Map<UUID, ClusterView.MemberSignal> signals,
            Caller caller) {
        return new NearMissView(n.id(), n.reason().name().toLowerCase().replace('_', '-'), words(n.reason()), n.similarity(),
                n.foundAt(), cluster, otherCluster, signals.get(n.signal()), signals.get(n.otherSignal()),
                n.resolution() == null ? null : n.resolution().wire(), n.resolvedBy(), n.resolvedAt(),
                n.allowedResolutions(caller).stream().map(NearMiss.Resolution::wire).toList());
    }

    static ClusterView.MemberSignal summary(Signal s, Map<String, eu.cbss.impt.hub.organisation.OrganisationType> types) {
        return new ClusterView.MemberSignal(s.id(), s.reference(), s.organisation(), types.get(s.organisation()), s.grade(),
                s.sourceType(), Corroboration.official(s.grade(), s.sourceType()), s.occurredFrom(), s.occurredTo(),
                s.submittedAt());
    }

    static String words(Refusal.Reason reason) {
        return switch (reason) {
            case AMBIGUOUS -> "Alike, but other children of a common name and birth year look as alike: the engine cannot tell.";
            case DIFFERENT_ID_NUMBER -> "Alike, but the two carry different ID numbers: a mistyped number, or two children.";
            case NOT_COHESIVE -> "Alike, but another report in one of the clusters is too unlike the other cluster.";
            case BELOW_THRESHOLD -> "Alike, but a little less than the linkage threshold asks.";
            default -> reason.name();
        };
    }
}
