package eu.cbss.impt.hub.web.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterActionsTest {

    @Test
    void anUnverifiedClusterWithoutAnOfficialSourceOffersAProposalAndADismissal() {
        ClusterActions actions = new ClusterActions(ClusterJson.twoSources("MAYBE", "MAYBE", null), "national1");

        assertEquals(List.of("VERIFIED", "DISMISSED"), actions.decisions());
        assertTrue(actions.verifyNeedsSecondCoordinator());
        assertFalse(actions.canConfirm());
        assertTrue(actions.canSplit());
        assertTrue(actions.canSeparate());
    }

    @Test
    void theProposerIsNotOfferedTheConfirmationNorASecondProposal() {
        ClusterActions actions = new ClusterActions(ClusterJson.twoSources("MAYBE", "MAYBE", "national1"), "national1");

        assertTrue(actions.ownProposal());
        assertFalse(actions.canConfirm());
        assertEquals(List.of("DISMISSED"), actions.decisions());
    }

    @Test
    void aDifferentNationalCoordinatorConfirms() {
        ClusterActions actions = new ClusterActions(ClusterJson.twoSources("MAYBE", "MAYBE", "national1"), "national2");

        assertTrue(actions.canConfirm());
        assertFalse(actions.ownProposal());
    }

    @Test
    void anOfficialSourceLetsOneCoordinatorVerify() {
        assertFalse(new ClusterActions(ClusterJson.twoSources("OFFICIAL", "OFFICIAL", null), "national1").verifyNeedsSecondCoordinator());
    }

    @Test
    void aVerifiedClusterCanOnlyBeDismissedAndAMergedOneNotActedOn() {
        Cluster verified = ClusterJson.twoSources("MAYBE", "MAYBE", null);
        verified = new Cluster(verified.id(), verified.kind(), verified.signalIds(), verified.signals(), verified.organisations(),
                verified.organisationTypes(), verified.sourceCount(), verified.assessedGrade(), "VERIFIED", null, null,
                verified.createdAt(), verified.history(), verified.links());
        assertEquals(List.of("DISMISSED"), new ClusterActions(verified, "national2").decisions());

        Cluster merged = new Cluster(verified.id(), verified.kind(), verified.signalIds(), verified.signals(), verified.organisations(),
                verified.organisationTypes(), verified.sourceCount(), verified.assessedGrade(), "UNVERIFIED", null, "other-id",
                verified.createdAt(), verified.history(), verified.links());
        ClusterActions none = new ClusterActions(merged, "national2");
        assertFalse(none.canDecide());
        assertFalse(none.canSplit());
        assertFalse(none.canSeparate());
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
