package eu.cbss.impt.hub.web.cluster;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Which acts a national coordinator is offered on a cluster's page: exactly the cluster's
 * {@code allowedActions} from hub-api, which decides; nothing here re-derives its rules.
 */
public record ClusterActions(Cluster cluster) {

    /** One choice of the decision form: the API's decision value and the bundle key of its label. */
    public record Choice(String value, String labelKey) implements Serializable {
    }

    /** Verify (or propose, when the API says no signal is an official source) and dismiss, as allowed. */
    public List<Choice> decisions() {
        List<Choice> choices = new ArrayList<>();
        if (cluster.allows("verify")) {
            choices.add(new Choice("VERIFIED", cluster.officialSource() ? "cluster.decide.choice.VERIFIED"
                    : "cluster.decide.choice.PROPOSE"));
        }
        if (cluster.allows("dismiss")) {
            choices.add(new Choice("DISMISSED", "cluster.decide.choice.DISMISSED"));
        }
        return choices;
    }

    public boolean canDecide() {
        return !decisions().isEmpty();
    }

    /** Verifying would only propose: the API says no signal of the cluster is an official source. */
    public boolean verifyNeedsSecondCoordinator() {
        return !cluster.officialSource();
    }

    public boolean canConfirm() {
        return cluster.allows("confirm");
    }

    /** This user proposed it: a different national coordinator confirms (maker-checker). */
    public boolean ownProposal() {
        return cluster.isProposalPending() && cluster.pendingProposal().byCaller();
    }

    public boolean canSplit() {
        return cluster.allows("split");
    }

    public boolean canSeparate() {
        return cluster.allows("separate");
    }

    public boolean canMerge() {
        return cluster.allows("merge");
    }
}
