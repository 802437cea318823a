package eu.cbss.impt.hub.web.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The page offers exactly what the API's {@code allowedActions} allow, whatever the cluster's state. */
class ClusterActionsTest {

    private static List<String> values(ClusterActions actions) {
        return actions.decisions().stream().map(ClusterActions.Choice::value).toList();
    }

    @Test
    void everyActOfferedIsOneTheApiAllows() {
        ClusterActions all = new ClusterActions(ClusterJson.twoSources("MAYBE", "MAYBE",
                "verify", "dismiss", "split", "separate", "merge"));
        assertEquals(List.of("VERIFIED", "DISMISSED"), values(all));
        assertTrue(all.canSplit());
        assertTrue(all.canSeparate());
        assertTrue(all.canMerge());
        assertFalse(all.canConfirm());

        ClusterActions none = new ClusterActions(ClusterJson.twoSources("MAYBE", "MAYBE"));
        assertFalse(none.canDecide());
        assertFalse(none.canSplit());
        assertFalse(none.canSeparate());
        assertFalse(none.canMerge());
        assertFalse(none.canConfirm());
    }

    @Test
    void withoutAnOfficialSourceVerifyingIsWordedAsAProposal() {
        ClusterActions proposal = new ClusterActions(ClusterJson.twoSources("MAYBE", "MAYBE", "verify"));
        assertTrue(proposal.verifyNeedsSecondCoordinator());
        assertEquals("cluster.decide.choice.PROPOSE", proposal.decisions().get(0).labelKey());

        ClusterActions official = new ClusterActions(ClusterJson.twoSources("OFFICIAL", "OFFICIAL", "verify"));
        assertFalse(official.verifyNeedsSecondCoordinator());
        assertEquals("cluster.decide.choice.VERIFIED", official.decisions().get(0).labelKey());
    }

    @Test
    void theProposerSeesTheirOwnProposalAndConfirmsOnlyWhenTheApiAllows() {
        ClusterActions own = new ClusterActions(ClusterJson.twoSources("MAYBE", "MAYBE", "national1", true, "dismiss"));
        assertTrue(own.ownProposal());
        assertFalse(own.canConfirm());
        assertEquals(List.of("DISMISSED"), values(own));

        ClusterActions other = new ClusterActions(ClusterJson.twoSources("MAYBE", "MAYBE", "national1", false, "confirm", "dismiss"));
        assertFalse(other.ownProposal());
        assertTrue(other.canConfirm());
    }

    @Test
    void anotherClusterIsNamedByItsIdOrItsShortReference() {
        assertEquals(ClusterJson.CLUSTER_ID, ClusterReferences.id(" " + ClusterJson.CLUSTER_ID.toUpperCase() + " "));
        assertEquals("3f2a9c1e", ClusterReferences.prefix("C-3F2A9C1E"));
        assertEquals("3f2a9c1e", ClusterReferences.prefix("3f2a9c1e"));
        assertEquals(null, ClusterReferences.prefix("S-2026-000040"));
        assertEquals(null, ClusterReferences.id("C-3F2A9C1E"));
    }
}
