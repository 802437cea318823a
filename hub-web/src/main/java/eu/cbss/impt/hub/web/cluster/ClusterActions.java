package eu.cbss.impt.hub.web.cluster;

import java.util.ArrayList;
import java.util.List;

/**
 * Which acts a national coordinator is offered on a cluster's page. hub-api decides in the end; this
 * only keeps the page from offering what it would refuse: nothing on a cluster merged into another,
 * no second proposal while one waits, confirmation only to a coordinator other than the proposer.
 */
public record ClusterActions(Cluster cluster, String username) {

    /** The decisions offered: VERIFIED unless verified or proposed already, DISMISSED unless dismissed. */
    public List<String> decisions() {
        List<String> choices = new ArrayList<>();
        if (!cluster.isCurrent()) {
            return choices;
        }
        if (!Cluster.VERIFIED.equals(cluster.verification()) && !cluster.isProposalPending()) {
            choices.add(Cluster.VERIFIED);
        }
        if (!Cluster.DISMISSED.equals(cluster.verification())) {
            choices.add(Cluster.DISMISSED);
        }
        return choices;
    }

    public boolean canDecide() {
        return !decisions().isEmpty();
    }

    /** VERIFIED by this coordinator would only be a proposal: no official source among the signals. */
    public boolean verifyNeedsSecondCoordinator() {
        return !cluster.isOfficialSource();
    }

    /** A proposal waits and this user did not make it. */
    public boolean canConfirm() {
        return cluster.isCurrent() && cluster.isProposalPending() && !ownProposal();
    }

    /** This user proposed it: a different national coordinator confirms (maker-checker). */
    public boolean ownProposal() {
        return cluster.isProposalPending() && username != null && username.equals(cluster.pendingProposal().by());
    }

    /** At least two signals, so that some can leave and some stay. */
    public boolean canSplit() {
        return cluster.isCurrent() && cluster.signalIds().size() >= 2;
    }

    public boolean canSeparate() {
        return cluster.isCurrent();
    }
}
