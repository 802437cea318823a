package eu.cbss.impt.hub.cluster;

import eu.cbss.impt.hub.access.AccessDenied;
import eu.cbss.impt.hub.access.Caller;
import eu.cbss.impt.hub.access.Role;
import eu.cbss.impt.hub.problem.ProblemCode;
import eu.cbss.impt.hub.signal.Grade;
import eu.cbss.impt.hub.validation.InvalidInput;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A child or incident cluster as the hub stores it, with its verification and history. Kept for good:
 * a cluster merged into another is marked so ({@link #mergedInto}), never deleted.
 *
 * <p>Verification rules (docs/data-dictionary.md, "Clusters"): only a national coordinator decides
 * (else {@link AccessDenied}, 403), always with a rationale ({@link InvalidInput}, 400). DISMISSED
 * takes effect at once. VERIFIED takes effect at once if a member signal is an official source;
 * otherwise it is a proposal that a <em>different</em> national coordinator confirms (the proposer
 * confirming is a {@link ClusterConflict}, 409). A merge or a split resets a decided cluster, or a
 * pending proposal, to UNVERIFIED with a history line: the members it was decided on changed.
 */
@Entity
@Table(name = "cluster")
public class Cluster {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    private ClusterKind kind;

    @Enumerated(EnumType.STRING)
    private Verification verification;

    @Column(name = "proposed_by")
    private String proposedBy;

    @Column(name = "proposed_at")
    private OffsetDateTime proposedAt;

    @Column(name = "proposal_rationale")
    private String proposalRationale;

    @Column(name = "merged_into")
    @Convert(converter = NullableUuid.class)
    private UUID mergedInto;

    /** Denormalised from the members at their last change, for filtering lists; the detail computes it afresh. */
    @Enumerated(EnumType.STRING)
    @Column(name = "assessed_grade")
    private Grade assessedGrade;

    @Column(name = "source_count")
    private int sourceCount;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @OneToMany(mappedBy = "cluster", cascade = CascadeType.PERSIST)
    @OrderBy("decidedAt")
    private List<ClusterDecision> history = new ArrayList<>();

    @Version
    private long version;

    protected Cluster() {
    }

    /** A cluster the hub made while linking, or by a coordinator's split. */
    public static Cluster create(UUID id, ClusterKind kind, Instant at) {
        Cluster c = new Cluster();
        c.id = id;
        c.kind = kind;
        c.verification = Verification.UNVERIFIED;
        c.assessedGrade = Grade.ANECDOTAL;
        c.createdAt = at.atOffset(ZoneOffset.UTC);
        return c;
    }

    public UUID id() { return id; }
    public ClusterKind kind() { return kind; }
    public Verification verification() { return verification; }
    public boolean proposalPending() { return proposedBy != null; }
    public String proposedBy() { return proposedBy; }
    public Instant proposedAt() { return proposedAt == null ? null : proposedAt.toInstant(); }
    public String proposalRationale() { return proposalRationale; }
    public UUID mergedInto() { return mergedInto; }
    public Grade assessedGrade() { return assessedGrade; }
    public int sourceCount() { return sourceCount; }
    public Instant createdAt() { return createdAt.toInstant(); }
    public long version() { return version; }
    public List<ClusterDecision> history() { return Collections.unmodifiableList(history); }

    /**
     * What this caller may do to the cluster now, holding {@code signals} signals: the same rules
     * {@link #decide}, {@link #confirm} and {@link #requireActionable} enforce.
     */
    public Set<ClusterAction> allowedActions(Caller caller, int signals) {
        Set<ClusterAction> allowed = EnumSet.noneOf(ClusterAction.class);
        if (!caller.has(Role.NATIONAL_COORDINATOR) || mergedInto != null) {
            return allowed;
        }
        if (verification != Verification.VERIFIED && !proposalPending()) allowed.add(ClusterAction.VERIFY);
        if (proposalPending() && !proposedBy.equals(caller.username())) allowed.add(ClusterAction.CONFIRM);
        if (verification != Verification.DISMISSED) allowed.add(ClusterAction.DISMISS);
        if (signals >= 2) allowed.add(ClusterAction.SPLIT);
        if (signals >= 1) {
            allowed.add(ClusterAction.SEPARATE);
            allowed.add(ClusterAction.MERGE);
        }
        return allowed;
    }

    /** Keeps the corroboration of the current members, for lists. */
    public void corroborated(Corroboration corroboration) {
        assessedGrade = corroboration.assessedGrade();
        sourceCount = corroboration.count();
    }

    /**
     * A national coordinator's VERIFIED or DISMISSED. VERIFIED without an official source only
     * proposes; see the class comment.
     */
    public ClusterDecision decide(Caller by, Verification decision, String rationale, boolean officialSource, Instant at) {
        requireNational(by);
        String why = rationale(rationale);
        requireCurrent();
        return switch (decision) {
            case VERIFIED -> {
                if (verification == Verification.VERIFIED) {
                    throw new ClusterConflict(ProblemCode.CLUSTER_ALREADY_VERIFIED, "This cluster was already verified" + lastDecision() + ".");
                }
                if (proposalPending()) {
                    throw new ClusterConflict(ProblemCode.CLUSTER_PROPOSAL_PENDING, "Verification of this cluster was proposed by " + proposedBy + " at "
                            + proposedAt.toInstant() + "; a different national coordinator confirms it.");
                }
                if (officialSource) {
                    verification = Verification.VERIFIED;
                    yield record(ClusterAct.VERIFIED, why, null, by, at);
                }
                proposedBy = by.username();
                proposedAt = at.atOffset(ZoneOffset.UTC);
                proposalRationale = why;
                yield record(ClusterAct.VERIFICATION_PROPOSED, why, null, by, at);
            }
            case DISMISSED -> {
                if (verification == Verification.DISMISSED) {
                    throw new ClusterConflict(ProblemCode.CLUSTER_ALREADY_DISMISSED, "This cluster was already dismissed" + lastDecision() + ".");
                }
                verification = Verification.DISMISSED;
                clearProposal();
                yield record(ClusterAct.DISMISSED, why, null, by, at);
            }
            case UNVERIFIED -> throw new InvalidInput("decision", "Must be VERIFIED or DISMISSED.");
        };
    }

    /** A second national coordinator confirms a pending proposal to verify. */
    public ClusterDecision confirm(Caller by, String rationale, Instant at) {
        requireNational(by);
        String why = rationale(rationale);
        requireCurrent();
        if (!proposalPending()) {
            throw new ClusterConflict(ProblemCode.CLUSTER_NO_PROPOSAL, "No verification of this cluster is waiting for confirmation" + lastDecision() + ".");
        }
        if (proposedBy.equals(by.username())) {
            throw new ClusterConflict(ProblemCode.CLUSTER_OWN_PROPOSAL, "You proposed verifying this cluster; a different national coordinator confirms it "
                    + "(maker-checker).");
        }
        verification = Verification.VERIFIED;
        clearProposal();
        return record(ClusterAct.VERIFIED, why, null, by, at);
    }

    /** Checks a coordinator's split or separation may act on this cluster; the history lines come after it succeeds. */
    public void requireActionable(Caller by, String rationale) {
        requireNational(by);
        rationale(rationale);
        requireCurrent();
    }

    /** A national coordinator's split (this cluster lost signals to {@code other}) or the new cluster's first line. */
    public void split(Caller by, String rationale, UUID other, boolean source, Instant at) {
        record(source ? ClusterAct.SPLIT : ClusterAct.SPLIT_FROM, rationale(rationale), other, by, at);
        if (source) {
            reset("Split: some signals moved to another cluster.", at);
        }
    }

    /** A national coordinator's "not the same child (incident)" between this cluster and another. */
    public void separated(Caller by, String rationale, UUID other, Instant at) {
        record(ClusterAct.SEPARATED, rationale(rationale), other, by, at);
    }

    /**
     * A national coordinator's "same child (incident)": {@code absorbed} is merged into this cluster.
     * The result goes back to UNVERIFIED if this cluster was decided or had a proposal; the absorbed
     * one is marked as merged, never deleted. A split undoes it.
     */
    public void merge(Caller by, String rationale, Cluster absorbed, Instant at) {
        String why = rationale(rationale);
        record(ClusterAct.MERGED, why, absorbed.id, by, at);
        absorbed.record(ClusterAct.MERGED_INTO, why, id, by, at);
        absorbed.mergedInto = id;
        absorbed.clearProposal();
        boolean decided = absorbed.verification != Verification.UNVERIFIED;
        if (decided && verification == Verification.UNVERIFIED && !proposalPending()) {
            system(ClusterAct.VERIFICATION_RESET, "Merged with a cluster that was " + absorbed.verification
                    + "; this one stays UNVERIFIED.", absorbed.id, at);
        }
        reset("Merged with another cluster by a national coordinator.", at);
    }

    /** Linking made this cluster. */
    public void created(String detail, Instant at) {
        system(ClusterAct.CREATED, detail, null, at);
    }

    /** Linking merged {@code absorbed} into this cluster. */
    public void absorbed(Cluster absorbed, Instant at) {
        system(ClusterAct.MERGED, "Linking merged another cluster into this one.", absorbed.id, at);
        reset("Merged with another cluster.", at);
        absorbed.system(ClusterAct.MERGED_INTO, "Linking merged this cluster into another.", id, at);
        absorbed.mergedInto = id;
    }

    /** A withdrawn signal left this cluster. */
    public void signalLeft(String reference, Instant at) {
        system(ClusterAct.SIGNAL_LEFT, "Signal " + reference + " was withdrawn.", null, at);
    }

    private void reset(String why, Instant at) {
        if (verification == Verification.UNVERIFIED && !proposalPending()) {
            return;
        }
        verification = Verification.UNVERIFIED;
        clearProposal();
        system(ClusterAct.VERIFICATION_RESET, why + " Its verification is back to UNVERIFIED.", null, at);
    }

    private void clearProposal() {
        proposedBy = null;
        proposedAt = null;
        proposalRationale = null;
    }

    private void requireCurrent() {
        if (mergedInto != null) {
            throw new ClusterConflict(ProblemCode.CLUSTER_MERGED_AWAY, "This cluster was merged into cluster " + mergedInto + "; act on that one.");
        }
    }

    private String lastDecision() {
        for (int i = history.size() - 1; i >= 0; i--) {
            ClusterDecision d = history.get(i);
            if (!ClusterDecision.HUB.equals(d.decidedBy())) {
                return " by " + d.decidedBy() + " at " + d.decidedAt();
            }
        }
        return "";
    }

    private static void requireNational(Caller by) {
        if (!by.has(Role.NATIONAL_COORDINATOR)) {
            throw new AccessDenied("Only a national coordinator verifies, dismisses, splits or separates clusters.");
        }
    }

    static String rationale(String rationale) {
        if (rationale == null || rationale.isBlank()) {
            throw new InvalidInput("rationale", "A written rationale is required.");
        }
        String r = rationale.strip();
        if (r.length() > ClusterDecision.MAX_RATIONALE) {
            throw new InvalidInput("rationale", "Must be at most " + ClusterDecision.MAX_RATIONALE + " characters long.");
        }
        return r;
    }

    private ClusterDecision record(ClusterAct act, String rationale, UUID other, Caller by, Instant at) {
        ClusterDecision d = new ClusterDecision(this, act, rationale, other, by.username(), by.primaryRole().claim(), at);
        history.add(d);
        return d;
    }

    private void system(ClusterAct act, String rationale, UUID other, Instant at) {
        history.add(new ClusterDecision(this, act, rationale, other, ClusterDecision.HUB, ClusterDecision.SYSTEM_ROLE, at));
    }
}
