package eu.cbss.impt.hub.cluster;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * A signal (and, in a child cluster, one of its child records) in a cluster, from when it joined
 * until it left (merge, split, withdrawal). Rows are never deleted: leaving ends a row, joining
 * another cluster starts a new one. {@code seq} is the order in which linking first took the
 * signal (kept across merges and splits); the engine is rebuilt in that order.
 */
@Entity
@Table(name = "cluster_member")
public class ClusterMember {

    /** Why a membership ended. */
    public enum Leaving { MERGED, SPLIT, WITHDRAWN }

    @Id
    private UUID id;

    @Column(name = "cluster_id")
    private UUID cluster;

    @Column(name = "signal_id")
    private UUID signal;

    /** The child record, or null in an incident cluster. */
    @Column(name = "child_record_id")
    @Convert(converter = NullableUuid.class)
    private UUID childRecord;

    private long seq;

    @Column(name = "joined_at")
    private OffsetDateTime joinedAt;

    @Column(name = "left_at")
    private OffsetDateTime leftAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "left_reason")
    private Leaving leftReason;

    protected ClusterMember() {
    }

    public ClusterMember(UUID cluster, UUID signal, UUID childRecord, long seq, Instant at) {
        this.id = UUID.randomUUID();
        this.cluster = cluster;
        this.signal = signal;
        this.childRecord = childRecord;
        this.seq = seq;
        this.joinedAt = at.atOffset(ZoneOffset.UTC);
    }

    /** Ends this membership; with {@code to}, the same signal and record continue as a member of that cluster. */
    public ClusterMember leave(Leaving why, UUID to, Instant at) {
        if (leftAt != null) {
            throw new IllegalStateException("This membership has ended already.");
        }
        leftAt = at.atOffset(ZoneOffset.UTC);
        leftReason = why;
        return to == null ? null : new ClusterMember(to, signal, childRecord, seq, at);
    }

    public UUID id() { return id; }
    public UUID cluster() { return cluster; }
    public UUID signal() { return signal; }
    public UUID childRecord() { return childRecord; }
    /** What the engine knows this member by: the child record, or the signal in an incident cluster. */
    public UUID engineRecord() { return childRecord != null ? childRecord : signal; }
    public long seq() { return seq; }
    public boolean active() { return leftAt == null; }
    public Leaving leftReason() { return leftReason; }
}
