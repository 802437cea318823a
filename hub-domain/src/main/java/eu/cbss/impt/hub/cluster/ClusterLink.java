package eu.cbss.impt.hub.cluster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * The evidence for one link the engine made: two members (child records, or signals of an
 * incident), the similarity and the basis. Never the tokens or filters themselves.
 */
@Entity
@Table(name = "cluster_link")
public class ClusterLink {

    /** The basis of a link between two signals of one incident. */
    public static final String SAME_INCIDENT = "SAME_INCIDENT";

    @Id
    private UUID id;

    @Column(name = "record_id")
    private UUID record;

    @Column(name = "linked_to_id")
    private UUID linkedTo;

    @Column(name = "signal_id")
    private UUID signal;

    @Column(name = "linked_to_signal_id")
    private UUID linkedToSignal;

    private Double similarity;

    private String basis;

    @Column(name = "linked_at")
    private OffsetDateTime linkedAt;

    protected ClusterLink() {
    }

    public ClusterLink(UUID record, UUID signal, UUID linkedTo, UUID linkedToSignal, Double similarity, String basis, Instant at) {
        this.id = UUID.randomUUID();
        this.record = record;
        this.signal = signal;
        this.linkedTo = linkedTo;
        this.linkedToSignal = linkedToSignal;
        this.similarity = similarity;
        this.basis = basis;
        this.linkedAt = at.atOffset(ZoneOffset.UTC);
    }

    public UUID record() { return record; }
    public UUID linkedTo() { return linkedTo; }
    public UUID signal() { return signal; }
    public UUID linkedToSignal() { return linkedToSignal; }
    public Double similarity() { return similarity; }
    public String basis() { return basis; }
}
