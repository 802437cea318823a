package eu.cbss.impt.hub.cluster;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** One line of a cluster's history: who did what, in which role, when, why. Append-only (a trigger refuses changes). */
@Entity
@Table(name = "cluster_decision")
public class ClusterDecision {

    public static final int MAX_RATIONALE = 2000;
    /** The actor of what linking did by itself (creating and merging clusters, a withdrawn signal leaving). */
    public static final String HUB = "hub";
    public static final String SYSTEM_ROLE = "system";

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cluster_id")
    private Cluster cluster;

    @Enumerated(EnumType.STRING)
    private ClusterAct act;

    private String rationale;

    @Column(name = "other_cluster_id")
    @Convert(converter = NullableUuid.class)
    private UUID otherCluster;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_role")
    private String decidedRole;

    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    protected ClusterDecision() {
    }

    ClusterDecision(Cluster cluster, ClusterAct act, String rationale, UUID otherCluster, String by, String role, Instant at) {
        this.id = UUID.randomUUID();
        this.cluster = cluster;
        this.act = act;
        this.rationale = rationale;
        this.otherCluster = otherCluster;
        this.decidedBy = by;
        this.decidedRole = role;
        this.decidedAt = at.atOffset(ZoneOffset.UTC);
    }

    public UUID id() { return id; }
    public ClusterAct act() { return act; }
    public String rationale() { return rationale; }
    /** The other cluster of a merge, split or separation, else null. */
    public UUID otherCluster() { return otherCluster; }
    public String decidedBy() { return decidedBy; }
    public String decidedRole() { return decidedRole; }
    public Instant decidedAt() { return decidedAt.toInstant(); }
}
