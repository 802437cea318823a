package eu.cbss.impt.hub.cluster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A coordinator's repair of linkage (a split, "not the same" or "same child"), kept for good (a trigger
 * refuses changes), with what the engine needs to replay it at start-up in its place ({@code seq}, in
 * the order of linking): for a split, the records that left; for "not the same" and "same", one
 * record of each side.
 */
@Entity
@Table(name = "cluster_repair")
public class ClusterRepair {

    public enum Kind { SPLIT, NOT_THE_SAME, SAME }

    @Id
    private UUID id;

    private long seq;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    @Column(name = "cluster_id")
    private UUID cluster;

    @Column(name = "other_cluster_id")
    private UUID otherCluster;

    /** SPLIT: the engine records that left, comma-separated; NOT_THE_SAME and SAME: one record of each side. */
    private String records;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    protected ClusterRepair() {
    }

    public ClusterRepair(long seq, Kind kind, UUID cluster, UUID otherCluster, Collection<UUID> records,
            String decidedBy, Instant at) {
        this.id = UUID.randomUUID();
        this.seq = seq;
        this.kind = kind;
        this.cluster = cluster;
        this.otherCluster = otherCluster;
        this.records = records.stream().map(UUID::toString).collect(Collectors.joining(","));
        this.decidedBy = decidedBy;
        this.decidedAt = at.atOffset(ZoneOffset.UTC);
    }

    public long seq() { return seq; }
    public Kind kind() { return kind; }
    public UUID cluster() { return cluster; }
    public UUID otherCluster() { return otherCluster; }
    public List<UUID> records() {
        return Arrays.stream(records.split(",")).map(UUID::fromString).toList();
    }
}
