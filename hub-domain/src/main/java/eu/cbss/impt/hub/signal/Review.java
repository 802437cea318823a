package eu.cbss.impt.hub.signal;

import jakarta.persistence.Column;
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

/** One line of a signal's review history: who decided what, in which role, when, with which message. Append-only. */
@Entity
@Table(name = "signal_review")
public class Review {

    public static final int MAX_MESSAGE = 2000;

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "signal_id")
    private Signal signal;

    @Enumerated(EnumType.STRING)
    private ReviewDecision decision;

    private String message;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_role")
    private String decidedRole;

    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    protected Review() {
    }

    Review(Signal signal, ReviewDecision decision, String message, String decidedBy, String decidedRole, Instant at) {
        this.id = UUID.randomUUID();
        this.signal = signal;
        this.decision = decision;
        this.message = message;
        this.decidedBy = decidedBy;
        this.decidedRole = decidedRole;
        this.decidedAt = at.atOffset(ZoneOffset.UTC);
    }

    public UUID id() { return id; }
    public ReviewDecision decision() { return decision; }
    public String message() { return message; }
    public String decidedBy() { return decidedBy; }
    public String decidedRole() { return decidedRole; }
    public Instant decidedAt() { return decidedAt.toInstant(); }
}
