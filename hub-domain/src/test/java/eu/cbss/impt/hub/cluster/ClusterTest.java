package eu.cbss.impt.hub.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.cbss.impt.hub.access.AccessDenied;
import eu.cbss.impt.hub.access.Caller;
import eu.cbss.impt.hub.access.Role;
import eu.cbss.impt.hub.validation.InvalidInput;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClusterTest {

    static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");
    static final Caller NATIONAL1 = new Caller("national1", Set.of(Role.NATIONAL_COORDINATOR), "nat", null, "EE");
    static final Caller NATIONAL2 = new Caller("national2", Set.of(Role.NATIONAL_COORDINATOR), "nat", null, "EE");
    static final Caller REGIONAL = new Caller("regional1", Set.of(Role.REGIONAL_COORDINATOR), "net", "EE001", "EE");
    static final Caller WORKER = new Caller("worker1", Set.of(Role.SOCIAL_WORKER), "org", "EE001", "EE");

    static Cluster cluster() {
        Cluster c = Cluster.create(java.util.UUID.randomUUID(), ClusterKind.CHILD, T0);
        c.created("Linked.", T0);
        return c;
    }

    @Test
    void verifyingWithoutAnOfficialSourceIsAProposalThatASecondCoordinatorConfirms() {
        Cluster c = cluster();
        ClusterDecision proposal = c.decide(NATIONAL1, Verification.VERIFIED, " Same child: school and police agree. ", false, T0);
        assertEquals(ClusterAct.VERIFICATION_PROPOSED, proposal.act());
        assertEquals("Same child: school and police agree.", proposal.rationale());
        assertEquals(Verification.UNVERIFIED, c.verification());
        assertTrue(c.proposalPending());
        assertEquals("national1", c.proposedBy());

        ClusterConflict self = assertThrows(ClusterConflict.class, () -> c.confirm(NATIONAL1, "I agree with myself", T0));
        assertTrue(self.getMessage().contains("different national coordinator"), self.getMessage());
        assertThrows(ClusterConflict.class, () -> c.decide(NATIONAL2, Verification.VERIFIED, "me too", false, T0),
                "a second proposal while one is pending");

        ClusterDecision confirmed = c.confirm(NATIONAL2, "Checked the police report.", T0.plusSeconds(5));
        assertEquals(ClusterAct.VERIFIED, confirmed.act());
        assertEquals("national2", confirmed.decidedBy());
        assertEquals("national-coordinator", confirmed.decidedRole());
        assertEquals(Verification.VERIFIED, c.verification());
        assertNull(c.proposedBy());
        assertEquals(List.of(ClusterAct.CREATED, ClusterAct.VERIFICATION_PROPOSED, ClusterAct.VERIFIED),
                c.history().stream().map(ClusterDecision::act).toList());
        assertThrows(ClusterConflict.class, () -> c.decide(NATIONAL1, Verification.VERIFIED, "again", true, T0));
    }

    @Test
    void anOfficialSourceIsVerifiedAtOnceAndDismissalIsDirect() {
        Cluster c = cluster();
        assertEquals(ClusterAct.VERIFIED, c.decide(NATIONAL1, Verification.VERIFIED, "Police record", true, T0).act());
        assertEquals(Verification.VERIFIED, c.verification());
        assertEquals(ClusterAct.DISMISSED, c.decide(NATIONAL2, Verification.DISMISSED, "Record was wrong", false, T0).act());
        assertEquals(Verification.DISMISSED, c.verification());
        ClusterConflict twice = assertThrows(ClusterConflict.class,
                () -> c.decide(NATIONAL1, Verification.DISMISSED, "again", false, T0));
        assertTrue(twice.getMessage().contains("by national2"), twice.getMessage());
    }

    @Test
    void aDismissalClearsAPendingProposal() {
        Cluster c = cluster();
        c.decide(NATIONAL1, Verification.VERIFIED, "looks right", false, T0);
        c.decide(NATIONAL2, Verification.DISMISSED, "two children", false, T0);
        assertThrows(ClusterConflict.class, () -> c.confirm(NATIONAL2, "ok", T0), "nothing left to confirm");
    }

    @Test
    void onlyNationalCoordinatorsDecideAndAlwaysWithARationale() {
        Cluster c = cluster();
        assertThrows(AccessDenied.class, () -> c.decide(REGIONAL, Verification.DISMISSED, "why", false, T0));
        assertThrows(AccessDenied.class, () -> c.decide(WORKER, Verification.VERIFIED, "why", true, T0));
        assertThrows(AccessDenied.class, () -> c.confirm(REGIONAL, "why", T0));
        InvalidInput blank = assertThrows(InvalidInput.class, () -> c.decide(NATIONAL1, Verification.DISMISSED, "  ", false, T0));
        assertEquals("rationale", blank.errors().get(0).field());
        assertThrows(InvalidInput.class, () -> c.decide(NATIONAL1, Verification.VERIFIED, null, true, T0));
        assertThrows(InvalidInput.class, () -> c.decide(NATIONAL1, Verification.DISMISSED, "x".repeat(2001), false, T0));
        assertThrows(InvalidInput.class, () -> c.decide(NATIONAL1, Verification.UNVERIFIED, "back", false, T0));
        assertEquals(Verification.UNVERIFIED, c.verification());
        assertEquals(1, c.history().size());
    }

    @Test
    void aMergeResetsAVerifiedClusterAndMarksTheAbsorbedOneMergedForGood() {
        Cluster survivor = cluster();
        survivor.decide(NATIONAL1, Verification.VERIFIED, "official", true, T0);
        Cluster absorbed = cluster();
        survivor.absorbed(absorbed, T0.plusSeconds(1));
        assertEquals(Verification.UNVERIFIED, survivor.verification());
        assertEquals(List.of(ClusterAct.CREATED, ClusterAct.VERIFIED, ClusterAct.MERGED, ClusterAct.VERIFICATION_RESET),
                survivor.history().stream().map(ClusterDecision::act).toList());
        assertEquals(survivor.id(), absorbed.mergedInto());
        assertEquals(ClusterAct.MERGED_INTO, absorbed.history().get(absorbed.history().size() - 1).act());
        ClusterConflict gone = assertThrows(ClusterConflict.class,
                () -> absorbed.decide(NATIONAL1, Verification.DISMISSED, "x", false, T0));
        assertTrue(gone.getMessage().contains(survivor.id().toString()));
    }

    @Test
    void aSplitResetsAPendingProposalOfTheClusterItSplit() {
        Cluster c = cluster();
        c.decide(NATIONAL1, Verification.VERIFIED, "looks like one child", false, T0);
        Cluster part = cluster();
        c.split(NATIONAL2, "Two children", part.id(), true, T0);
        part.split(NATIONAL2, "Two children", c.id(), false, T0);
        assertEquals(Verification.UNVERIFIED, c.verification());
        assertTrue(!c.proposalPending());
        assertEquals(ClusterAct.VERIFICATION_RESET, c.history().get(c.history().size() - 1).act());
        assertEquals(ClusterAct.SPLIT_FROM, part.history().get(part.history().size() - 1).act());
        assertEquals(c.id(), part.history().get(part.history().size() - 1).otherCluster());
        assertThrows(AccessDenied.class, () -> c.requireActionable(REGIONAL, "x"));
        assertThrows(InvalidInput.class, () -> c.requireActionable(NATIONAL1, ""));
    }
}
