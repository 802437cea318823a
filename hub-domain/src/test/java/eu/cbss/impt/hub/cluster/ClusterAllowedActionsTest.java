package eu.cbss.impt.hub.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.cbss.impt.hub.access.AccessDenied;
import eu.cbss.impt.hub.access.Caller;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** A cluster's {@code allowedActions} are exactly the acts that would succeed for that caller in that state. */
class ClusterAllowedActionsTest {

    private static final List<Consumer<Cluster>> STATES = List.of(
            c -> { },
            c -> c.decide(ClusterTest.NATIONAL1, Verification.VERIFIED, "Proposed.", false, ClusterTest.T0),
            c -> c.decide(ClusterTest.NATIONAL1, Verification.VERIFIED, "Police report.", true, ClusterTest.T0),
            c -> c.decide(ClusterTest.NATIONAL1, Verification.DISMISSED, "Not a child at risk.", false, ClusterTest.T0),
            c -> ClusterTest.cluster().merge(ClusterTest.NATIONAL2, "Same child.", c, ClusterTest.T0));

    @Test
    void everyAllowedActSucceedsAndEveryOtherIsRefused() {
        for (Consumer<Cluster> state : STATES) {
            for (Caller caller : List.of(ClusterTest.NATIONAL1, ClusterTest.NATIONAL2, ClusterTest.REGIONAL, ClusterTest.WORKER)) {
                for (int signals : new int[] {0, 1, 2}) {
                    var allowed = inState(state).allowedActions(caller, signals);
                    for (ClusterAction action : ClusterAction.values()) {
                        assertEquals(allowed.contains(action), succeeds(inState(state), action, caller, signals),
                                action + " by " + caller.username() + " with " + signals + " signal(s) in state " + STATES.indexOf(state));
                    }
                }
            }
        }
    }

    private static Cluster inState(Consumer<Cluster> state) {
        Cluster c = ClusterTest.cluster();
        state.accept(c);
        return c;
    }

    /** The act as hub-api's ClusterActs takes it: the cluster's own checks, then the members a split or a repair needs. */
    private static boolean succeeds(Cluster c, ClusterAction action, Caller caller, int signals) {
        try {
            switch (action) {
                case VERIFY -> c.decide(caller, Verification.VERIFIED, "Same child.", false, ClusterTest.T0);
                case CONFIRM -> c.confirm(caller, "Agreed.", ClusterTest.T0);
                case DISMISS -> c.decide(caller, Verification.DISMISSED, "Not at risk.", false, ClusterTest.T0);
                case SPLIT -> { c.requireActionable(caller, "Two children."); return signals >= 2; }
                case SEPARATE, MERGE -> { c.requireActionable(caller, "Checked."); return signals >= 1; }
            }
            return true;
        } catch (ClusterConflict | AccessDenied refused) {
            return false;
        }
    }
}
