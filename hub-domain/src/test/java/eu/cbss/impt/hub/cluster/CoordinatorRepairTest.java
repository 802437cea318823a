package eu.cbss.impt.hub.cluster;

import static eu.cbss.impt.hub.cluster.ClusterEngineTest.child;
import static eu.cbss.impt.hub.cluster.ClusterEngineTest.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.cbss.impt.hub.linkage.LinkageRecord;
import eu.cbss.impt.hub.linkage.LinkageSettings;
import eu.cbss.impt.hub.linkage.Merging;
import eu.cbss.impt.hub.linkage.Refusal;
import eu.cbss.impt.hub.problem.ProblemCode;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Coordinators repair what linkage missed: "same child" merges, near misses kept for them, and both replayed. */
class CoordinatorRepairTest {

    @Test
    void aMistypedIdNumberKeepsOneChildApartAndIsKeptAsANearMiss() {
        ClusterEngineTest.Store store = new ClusterEngineTest.Store();
        LinkageRecord first = child("Ionela", "Zamfirescu", "2012-03-05", "39001010000");
        UUID a = only(store.child(first));
        ClusterEngine.Plan second = store.child(child("Ionela", "Zamfirescu", "2012-03-05", "39001010001"));
        UUID b = only(second);

        assertNotEquals(a, b, "different ID numbers never share a cluster");
        assertEquals(1, second.nearMisses().size(), second.toString());
        ClusterEngine.NearMiss miss = second.nearMisses().get(0);
        assertEquals(Refusal.Reason.DIFFERENT_ID_NUMBER, miss.reason());
        assertEquals(first.id(), miss.other());
        assertTrue(miss.similarity() > 0.9, miss.toString());
    }

    @Test
    void aPairJustBelowTheThresholdIsANearMissAndUnlikeChildrenAreNot() {
        ClusterEngineTest.Store store = new ClusterEngineTest.Store();
        store.child(child("Aleksandra", "Tamm", "2011-06-14", null));
        ClusterEngine.Plan unlike = store.child(child("Mihail", "Popescu", "2014-01-30", null));
        assertEquals(List.of(), unlike.nearMisses());

        ClusterEngine.Plan close = store.child(child("Aleksandr", "Tam", "2011-06-15", null));
        boolean linked = close.links().size() == 1;
        boolean nearMiss = close.nearMisses().stream().anyMatch(n -> n.reason() == Refusal.Reason.BELOW_THRESHOLD);
        assertTrue(linked || nearMiss, "three small typos either link or reach the coordinators: " + close);
        close.nearMisses().forEach(n -> assertTrue(n.similarity() >= LinkageSettings.REVIEW_BAND && n.similarity() < 0.76));
    }

    @Test
    void aMergeJoinsTheClustersKeepsTheSurvivorsIdAndIsReplayedInItsPlace() {
        ClusterEngineTest.Store store = new ClusterEngineTest.Store();
        LinkageRecord first = child("Ionela", "Zamfirescu", "2012-03-05", "39001010000");
        LinkageRecord second = child("Ionela", "Zamfirescu", "2012-03-05", "39001010001");
        UUID a = only(store.child(first));
        UUID b = only(store.child(second));

        assertEquals(Merging.MERGED, store.engine.mergeable(ClusterKind.CHILD, a, b));
        assertEquals(Merging.MERGED, store.engine.merge(ClusterKind.CHILD, a, b, first.id()));
        store.steps.add(new ClusterEngine.Merged(++store.seq, ClusterKind.CHILD, first.id(), second.id()));
        store.lastCluster.put(second.id(), a);
        assertEquals(a, store.engine.storedClusterOf(ClusterKind.CHILD, second.id()));

        LinkageRecord third = child("Ionela", "Zamfirescu", "2012-03-05", null);
        assertEquals(a, only(store.child(third)), "a later report joins the merged cluster");

        ClusterEngine replayed = ClusterEngine.replay(LinkageSettings.defaults(), store.steps, store.lastCluster);
        assertEquals(0, replayed.mismatches());
        assertEquals(a, replayed.storedClusterOf(ClusterKind.CHILD, second.id()));
        assertEquals(a, replayed.storedClusterOf(ClusterKind.CHILD, third.id()));
    }

    @Test
    void separatedClustersAndTwoChildrenOfOneSignalAreNeverMerged() {
        ClusterEngineTest.Store store = new ClusterEngineTest.Store();
        LinkageRecord x = child("Anu", "Saar", "2012-01-01", null);
        LinkageRecord y = child("Kati", "Mets", "2013-02-02", null);
        UUID a = only(store.child(x));
        UUID b = only(store.child(y));
        store.separate(ClusterKind.CHILD, a, x.id(), b, y.id());
        assertEquals(Merging.SEPARATED, store.engine.mergeable(ClusterKind.CHILD, a, b));

        UUID signal = UUID.randomUUID();
        LinkageRecord sibling1 = sibling(signal, "Mari", "2010-05-05");
        LinkageRecord sibling2 = sibling(signal, "Jaan", "2012-08-08");
        ClusterEngine.Plan siblings = store.child(sibling1, sibling2);
        List<UUID> clusters = List.copyOf(siblings.clusters());
        assertEquals(2, clusters.size());
        assertEquals(Merging.SHARE_SIGNAL, store.engine.mergeable(ClusterKind.CHILD, clusters.get(0), clusters.get(1)));
    }

    private static LinkageRecord sibling(UUID signal, String given, String dob) {
        return LinkageRecord.of(UUID.randomUUID(), signal, ClusterEngineTest.PSEUDONYMISER.tokensFor(
                new eu.cbss.impt.hub.pseudonymisation.ChildIdentifiers(given, "Lepp", java.time.LocalDate.parse(dob), null)));
    }

    @Test
    void mergingADecidedClusterSendsTheResultBackToUnverifiedAndMarksTheOtherMerged() {
        Cluster verified = ClusterTest.cluster();
        verified.decide(ClusterTest.NATIONAL1, Verification.VERIFIED, "Police report.", true, ClusterTest.T0);
        Cluster other = ClusterTest.cluster();
        other.decide(ClusterTest.NATIONAL2, Verification.DISMISSED, "Not a child at risk.", false, ClusterTest.T0);

        verified.merge(ClusterTest.NATIONAL2, "Same child: one ID number mistyped.", other, ClusterTest.T0.plusSeconds(60));

        assertEquals(Verification.UNVERIFIED, verified.verification());
        assertEquals(verified.id(), other.mergedInto());
        assertEquals(ClusterAct.MERGED, verified.history().stream().filter(d -> "national2".equals(d.decidedBy()))
                .reduce((p, q) -> q).orElseThrow().act());
        assertTrue(verified.history().stream().anyMatch(d -> d.act() == ClusterAct.VERIFICATION_RESET));
        assertEquals(ClusterAct.MERGED_INTO, other.history().get(other.history().size() - 1).act());
        ClusterConflict late = assertThrows(ClusterConflict.class,
                () -> other.decide(ClusterTest.NATIONAL1, Verification.VERIFIED, "x", true, ClusterTest.T0));
        assertEquals(ProblemCode.CLUSTER_MERGED_AWAY, late.problemCode());
    }

    @Test
    void aNearMissIsResolvedOnceByANationalCoordinator() {
        ClusterEngine.NearMiss pair = new ClusterEngine.NearMiss(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), 0.9123, Refusal.Reason.AMBIGUOUS);
        NearMiss n = NearMiss.found(pair, ClusterTest.T0);
        assertEquals(0.912, n.similarity());
        assertEquals(EnumSet.allOf(NearMiss.Resolution.class), n.allowedResolutions(ClusterTest.NATIONAL1));
        assertEquals(EnumSet.noneOf(NearMiss.Resolution.class), n.allowedResolutions(ClusterTest.REGIONAL));
        assertThrows(eu.cbss.impt.hub.access.AccessDenied.class,
                () -> n.resolve(ClusterTest.REGIONAL, NearMiss.Resolution.SAME_CHILD, ClusterTest.T0));

        n.resolve(ClusterTest.NATIONAL1, NearMiss.Resolution.SAME_CHILD, ClusterTest.T0);
        ClusterConflict again = assertThrows(ClusterConflict.class,
                () -> n.resolve(ClusterTest.NATIONAL2, NearMiss.Resolution.NOT_THE_SAME, ClusterTest.T0));
        assertEquals(ProblemCode.NEAR_MISS_RESOLVED, again.problemCode());
        assertEquals(EnumSet.noneOf(NearMiss.Resolution.class), n.allowedResolutions(ClusterTest.NATIONAL2));
    }
}
