package eu.cbss.impt.hub.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** One line of the audit log: who, in which role and organisation, did what to which target, when. Append-only. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    private Long id;

    @Column(name = "occurred_at")
    private OffsetDateTime occurredAt;

    private String actor;

    @Column(name = "actor_role")
    private String actorRole;

    @Column(name = "actor_organisation")
    private String actorOrganisation;

    @Enumerated(EnumType.STRING)
    private AuditAction action;

    @Column(name = "target_type")
    private String targetType;

    @Column(name = "target_id")
    private String targetId;

    private String detail;

    protected AuditEntry() {
    }

    public AuditEntry(Instant occurredAt, String actor, String actorRole, String actorOrganisation,
            AuditAction action, String targetType, String targetId, String detail) {
        this.occurredAt = occurredAt.atOffset(ZoneOffset.UTC);
        this.actor = actor;
        this.actorRole = actorRole;
        this.actorOrganisation = actorOrganisation;
        this.action = action;
        this.targetType = targetType;
        this.targetId = targetId;
        this.detail = detail;
    }

    public Long id() { return id; }
    public Instant occurredAt() { return occurredAt.toInstant(); }
    public String actor() { return actor; }
    public String actorRole() { return actorRole; }
    public String actorOrganisation() { return actorOrganisation; }
    public AuditAction action() { return action; }
    public String targetType() { return targetType; }
    public String targetId() { return targetId; }
    public String detail() { return detail; }
}
