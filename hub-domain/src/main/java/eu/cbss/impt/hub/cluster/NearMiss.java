package eu.cbss.impt.hub.cluster;

import eu.cbss.impt.hub.access.AccessDenied;
import eu.cbss.impt.hub.access.Caller;
import eu.cbss.impt.hub.access.Role;
import eu.cbss.impt.hub.linkage.Refusal;
import eu.cbss.impt.hub.problem.ProblemCode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * "Possibly the same child": two child records the engine did not link (ambiguous, differing ID
 * numbers, not cohesive, or just below the threshold), kept for national coordinators, who resolve it
 * once, as the same child (a merge of their clusters) or not the same (a separation). Holds no token
 * and no filter: the records by id, their signals, how alike their filters were and why not linked.
 */
@Entity
@Table(name = "near_miss")
public class NearMiss {

    /** How a coordinator resolved it. */
    public enum Resolution {
        SAME_CHILD, NOT_THE_SAME;

        public String wire() {
            return name().toLowerCase().replace('_', '-');
        }
    }

    @Id
    private UUID id;

    @Column(name = "record_id")
    private UUID record;

    @Column(name = "signal_id")
    private UUID signal;

    @Column(name = "other_record_id")
    private UUID otherRecord;

    @Column(name = "other_signal_id")
    private UUID otherSignal;

    private double similarity;

    @Enumerated(EnumType.STRING)
    private Refusal.Reason reason;

    @Column(name = "found_at")
    private OffsetDateTime foundAt;

    @Enumerated(EnumType.STRING)
    private Resolution resolution;

    @Column(name = "resolved_by")
    private String resolvedBy;

    @Column(name = "resolved_at")
    private OffsetDateTime resolvedAt;

    @Version
    private long version;

    protected NearMiss() {
    }

    public static NearMiss found(ClusterEngine.NearMiss pair, Instant at) {
        NearMiss n = new NearMiss();
        n.id = UUID.randomUUID();
        n.record = pair.record();
        n.signal = pair.signal();
        n.otherRecord = pair.other();
        n.otherSignal = pair.otherSignal();
        n.similarity = Math.round(pair.similarity() * 1000) / 1000.0;
        n.reason = pair.reason();
        n.foundAt = at.atOffset(ZoneOffset.UTC);
        return n;
    }

    public UUID id() { return id; }
    public UUID record() { return record; }
    public UUID signal() { return signal; }
    public UUID otherRecord() { return otherRecord; }
    public UUID otherSignal() { return otherSignal; }
    public double similarity() { return similarity; }
    public Refusal.Reason reason() { return reason; }
    public Instant foundAt() { return foundAt.toInstant(); }
    public Resolution resolution() { return resolution; }
    public String resolvedBy() { return resolvedBy; }
    public Instant resolvedAt() { return resolvedAt == null ? null : resolvedAt.toInstant(); }

    /** Open near misses may be resolved, once, by a national coordinator. */
    public Set<Resolution> allowedResolutions(Caller caller) {
        return resolution == null && caller.has(Role.NATIONAL_COORDINATOR) ? EnumSet.allOf(Resolution.class)
                : EnumSet.noneOf(Resolution.class);
    }

    /** Marks it resolved; the merge or separation it stands for is the caller's to make in the same transaction. */
    public void resolve(Caller by, Resolution how, Instant at) {
        if (!by.has(Role.NATIONAL_COORDINATOR)) {
            throw new AccessDenied("Only a national coordinator resolves near misses.");
        }
        if (resolution != null) {
            throw new ClusterConflict(ProblemCode.NEAR_MISS_RESOLVED, "This near miss was already resolved as "
                    + resolution.wire() + " by " + resolvedBy + " at " + resolvedAt.toInstant() + ".");
        }
        resolution = how;
        resolvedBy = by.username();
        resolvedAt = at.atOffset(ZoneOffset.UTC);
    }
}
