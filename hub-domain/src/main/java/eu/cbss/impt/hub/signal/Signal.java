package eu.cbss.impt.hub.signal;

import eu.cbss.impt.hub.narrative.NarrativeCipher;
import eu.cbss.impt.hub.narrative.SealedNarrative;
import eu.cbss.impt.hub.pseudonymisation.Pseudonymiser;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * One report from one organisation about one child, a group of children, or a pattern. Created
 * only through {@link #file}, which pseudonymises the children's identifiers and drops them.
 */
@Entity
@Table(name = "signal")
public class Signal {

    @Id
    private UUID id;

    private String reference;

    @Column(name = "external_ref")
    private String externalRef;

    private String organisation;

    @Column(name = "organisation_region")
    private String organisationRegion;

    @Column(name = "submitted_by")
    private String submittedBy;

    @Column(name = "submitted_at")
    private OffsetDateTime submittedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "review_status")
    private ReviewStatus reviewStatus;

    @Enumerated(EnumType.STRING)
    private Grade grade;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_type")
    private SourceType sourceType;

    @Enumerated(EnumType.STRING)
    @Column(name = "information_type")
    private InformationType informationType;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "signal_concern", joinColumns = @JoinColumn(name = "signal_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "concern")
    private Set<Concern> concerns = EnumSet.noneOf(Concern.class);

    @Enumerated(EnumType.STRING)
    @Column(name = "child_situation")
    private ChildSituation childSituation;

    private String region;

    @Column(name = "occurred_from")
    private LocalDate occurredFrom;

    @Column(name = "occurred_to")
    private LocalDate occurredTo;

    @Column(name = "children_count")
    private int childrenCount;

    @OneToMany(mappedBy = "signal", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("ordinal")
    private List<ChildRecord> children = new ArrayList<>();

    // The narrative, sealed (see eu.cbss.impt.hub.narrative); never stored in plain text. The legacy
    // plaintext column "narrative" is not mapped: see V4__narrative_encryption.sql.
    @Column(name = "narrative_ciphertext")
    private byte[] narrativeCiphertext;

    @Column(name = "narrative_nonce")
    private byte[] narrativeNonce;

    @Column(name = "narrative_data_key")
    private byte[] narrativeDataKey;

    @Column(name = "narrative_key_id")
    private String narrativeKeyId;

    @Version
    private long version;

    protected Signal() {
    }

    /**
     * Files a submission: derives the linkage tokens of each child and keeps only them. The
     * identifiers go no further than this method. The narrative is sealed here, the one place that does.
     */
    public static Signal file(SignalSubmission submission, Submitter submitter, SignalReference reference,
            Pseudonymiser pseudonymiser, NarrativeCipher narratives, Instant now) {
        Signal s = new Signal();
        s.id = UUID.randomUUID();
        s.reference = reference.value();
        s.externalRef = submission.externalRef();
        s.organisation = submitter.organisation();
        s.organisationRegion = submitter.organisationRegion();
        s.submittedBy = submitter.username();
        s.submittedAt = now.atOffset(ZoneOffset.UTC);
        s.reviewStatus = ReviewStatus.SUBMITTED;
        s.grade = submission.grade();
        s.sourceType = submission.sourceType();
        s.informationType = submission.informationType();
        s.concerns = submission.concerns().isEmpty() ? EnumSet.noneOf(Concern.class) : EnumSet.copyOf(submission.concerns());
        s.childSituation = submission.childSituation();
        s.region = submission.region().value();
        s.occurredFrom = submission.occurredFrom();
        s.occurredTo = submission.occurredTo();
        s.childrenCount = submission.childrenCount();
        if (submission.narrative() != null) {
            s.seal(narratives.seal(s.id, submission.narrative()));
        }
        int ordinal = 0;
        for (ChildSubmission child : submission.children()) {
            s.children.add(new ChildRecord(s, ordinal++, child, pseudonymiser.tokensFor(child.identifiers())));
        }
        return s;
    }

    public UUID id() { return id; }
    public String reference() { return reference; }
    public String externalRef() { return externalRef; }
    public String organisation() { return organisation; }
    public String organisationRegion() { return organisationRegion; }
    public String submittedBy() { return submittedBy; }
    public Instant submittedAt() { return submittedAt.toInstant(); }
    public ReviewStatus reviewStatus() { return reviewStatus; }
    public Grade grade() { return grade; }
    public SourceType sourceType() { return sourceType; }
    public InformationType informationType() { return informationType; }
    public Set<Concern> concerns() { return Collections.unmodifiableSet(concerns); }
    public ChildSituation childSituation() { return childSituation; }
    public String region() { return region; }
    public LocalDate occurredFrom() { return occurredFrom; }
    public LocalDate occurredTo() { return occurredTo; }
    public int childrenCount() { return childrenCount; }
    public List<ChildRecord> children() { return Collections.unmodifiableList(children); }
    public boolean hasNarrative() { return narrativeCiphertext != null; }

    /** The id of the master key that wraps this narrative's data key, or null without a narrative. */
    public String narrativeKeyId() { return narrativeKeyId; }

    /**
     * The narrative in plain text, or null if there is none. Only the reading use case calls this,
     * after the scope check, and audits it (architecture, rule 5).
     */
    public String readNarrative(NarrativeCipher narratives) {
        return hasNarrative() ? narratives.open(id, sealed()) : null;
    }

    /** Re-wraps the narrative's data key under the current master key; whether anything changed. */
    public boolean rewrapNarrative(NarrativeCipher narratives) {
        if (!hasNarrative() || narrativeKeyId.equals(narratives.keys().currentId())) {
            return false;
        }
        seal(narratives.rewrap(id, sealed()));
        return true;
    }

    private SealedNarrative sealed() {
        return new SealedNarrative(narrativeCiphertext, narrativeNonce, narrativeDataKey, narrativeKeyId);
    }

    private void seal(SealedNarrative sealed) {
        narrativeCiphertext = sealed.ciphertext();
        narrativeNonce = sealed.nonce();
        narrativeDataKey = sealed.wrappedDataKey();
        narrativeKeyId = sealed.keyId();
    }
}
