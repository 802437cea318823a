package eu.cbss.impt.hub.signal;

import eu.cbss.impt.hub.access.Caller;
import eu.cbss.impt.hub.access.Role;
import eu.cbss.impt.hub.narrative.NarrativeCipher;
import eu.cbss.impt.hub.narrative.SealedNarrative;
import eu.cbss.impt.hub.problem.ProblemCode;
import eu.cbss.impt.hub.pseudonymisation.Pseudonymiser;
import eu.cbss.impt.hub.validation.InvalidInput;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
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

    @OneToMany(mappedBy = "signal", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    private List<SignalConcern> concerns = new ArrayList<>();

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

    @OneToMany(mappedBy = "signal", cascade = CascadeType.ALL)
    @OrderBy("decidedAt")
    private List<Review> reviews = new ArrayList<>();

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
        submission.concerns().stream().sorted().forEach(c -> s.concerns.add(new SignalConcern(s, c)));
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
    public Set<Concern> concerns() {
        Set<Concern> set = EnumSet.noneOf(Concern.class);
        concerns.forEach(c -> set.add(c.concern()));
        return Collections.unmodifiableSet(set);
    }
    public ChildSituation childSituation() { return childSituation; }
    public String region() { return region; }
    public LocalDate occurredFrom() { return occurredFrom; }
    public LocalDate occurredTo() { return occurredTo; }
    public int childrenCount() { return childrenCount; }
    public List<ChildRecord> children() { return Collections.unmodifiableList(children); }
    public boolean hasNarrative() { return narrativeCiphertext != null; }
    public long version() { return version; }

    /** The review history, oldest first: every decision, answer and withdrawal. */
    public List<Review> reviews() { return Collections.unmodifiableList(reviews); }

    public boolean withdrawn() { return reviewStatus == ReviewStatus.WITHDRAWN; }

    /** A regional coordinator of the region of the filing organisation: the one who reviews it. */
    public boolean reviewableBy(Caller caller) {
        return caller.has(Role.REGIONAL_COORDINATOR) && caller.region() != null && caller.region().equals(organisationRegion);
    }

    /** A social worker of the filing organisation: the one who answers its question. */
    public boolean answerableBy(Caller caller) {
        return caller.has(Role.SOCIAL_WORKER) && organisation.equals(caller.organisation());
    }

    /** A social worker of the filing organisation, or a national coordinator. */
    public boolean withdrawableBy(Caller caller) {
        return caller.has(Role.NATIONAL_COORDINATOR) || answerableBy(caller);
    }

    /** What this caller may do to the signal now: the same rules the steps below enforce. */
    public Set<SignalAction> allowedActions(Caller caller) {
        Set<SignalAction> allowed = EnumSet.noneOf(SignalAction.class);
        if (reviewStatus == ReviewStatus.SUBMITTED && reviewableBy(caller)) {
            allowed.addAll(EnumSet.of(SignalAction.ACCEPT, SignalAction.RETURN, SignalAction.REJECT));
        }
        if (reviewStatus == ReviewStatus.RETURNED && answerableBy(caller)) {
            allowed.add(SignalAction.ANSWER);
        }
        if (!withdrawn() && withdrawableBy(caller)) {
            allowed.add(SignalAction.WITHDRAW);
        }
        return allowed;
    }

    /** The regional coordinator accepts a submitted signal into national coordination; the note is optional. */
    public Review accept(Caller by, String note, Instant at) {
        requireStatus(ReviewStatus.SUBMITTED, "accepted");
        return record(ReviewDecision.ACCEPT, ReviewStatus.ACCEPTED, by, blankToNull(note), at);
    }

    /**
     * A signal filed by a regional or national organisation: accepted on filing, since regional
     * review is for local organisations' signals (and a coordinator would review their own).
     */
    public Review acceptOnFiling(Caller by, Instant at) {
        requireStatus(ReviewStatus.SUBMITTED, "accepted");
        return record(ReviewDecision.ACCEPT, ReviewStatus.ACCEPTED, by, NO_REGIONAL_REVIEW, at);
    }

    static final String NO_REGIONAL_REVIEW = "Filed by a regional or national organisation: accepted without regional review.";

    /** The regional coordinator returns a submitted signal to its organisation with a question. */
    public Review returnWithQuestion(Caller by, String question, Instant at) {
        requireStatus(ReviewStatus.SUBMITTED, "returned");
        return record(ReviewDecision.RETURN, ReviewStatus.RETURNED, by, required(question, "A returned signal needs a question for its organisation."), at);
    }

    /** The regional coordinator rejects a submitted signal as out of scope, with a reason. */
    public Review reject(Caller by, String reason, Instant at) {
        requireStatus(ReviewStatus.SUBMITTED, "rejected");
        return record(ReviewDecision.REJECT, ReviewStatus.REJECTED, by, required(reason, "A rejection needs a reason."), at);
    }

    /** The filing organisation answers the question of a returned signal, which puts it back in the review queue. */
    public Review answer(Caller by, String answer, Instant at) {
        requireStatus(ReviewStatus.RETURNED, "answered");
        return record(ReviewDecision.ANSWER, ReviewStatus.SUBMITTED, by, required(answer, "An answer needs a message."), at);
    }

    /** Voids the signal, with who, when and why; it is kept, never deleted, and left out of lists. */
    public Review withdraw(Caller by, String reason, Instant at) {
        if (withdrawn()) {
            throw new ReviewConflict(ProblemCode.SIGNAL_WITHDRAWN, "This signal was already withdrawn" + lastDecisionSuffix() + ".");
        }
        return record(ReviewDecision.WITHDRAW, ReviewStatus.WITHDRAWN, by, required(reason, "A withdrawal needs a reason."), at);
    }

    private void requireStatus(ReviewStatus expected, String verb) {
        if (reviewStatus == expected) {
            return;
        }
        String now = switch (reviewStatus) {
            case ACCEPTED -> "already accepted";
            case RETURNED -> "returned to its organisation";
            case REJECTED -> "already rejected";
            case WITHDRAWN -> "withdrawn";
            case SUBMITTED -> "waiting for review";
        };
        ProblemCode code = switch (reviewStatus) {
            case WITHDRAWN -> ProblemCode.SIGNAL_WITHDRAWN;
            case SUBMITTED -> ProblemCode.SIGNAL_NOT_RETURNED;
            default -> ProblemCode.SIGNAL_ALREADY_DECIDED;
        };
        throw new ReviewConflict(code, "This signal was " + now + lastDecisionSuffix() + "; it cannot be " + verb
                + " while " + reviewStatus.label().toLowerCase() + ".");
    }

    private String lastDecisionSuffix() {
        if (reviews.isEmpty()) {
            return "";
        }
        Review last = reviews.get(reviews.size() - 1);
        return " by " + last.decidedBy() + " at " + last.decidedAt();
    }

    private Review record(ReviewDecision decision, ReviewStatus next, Caller by, String message, Instant at) {
        Review review = new Review(this, decision, message, by.username(), by.primaryRole().claim(), at);
        reviews.add(review);
        reviewStatus = next;
        return review;
    }

    private static String required(String message, String why) {
        String m = blankToNull(message);
        if (m == null) {
            throw new InvalidInput("message", why);
        }
        return m;
    }

    private static String blankToNull(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String m = s.strip();
        if (m.length() > Review.MAX_MESSAGE) {
            throw new InvalidInput("message", "Must be at most " + Review.MAX_MESSAGE + " characters long.");
        }
        return m;
    }

    /** The id of the master key that wraps this narrative's data key, or null without a narrative. */
    public String narrativeKeyId() { return narrativeKeyId; }

    /**
     * The narrative in plain text, or null if there is none. Only the reading use case calls this,
     * after the scope check (architecture.md, rule 5), and audits it (rule 7).
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
