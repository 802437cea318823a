package eu.cbss.impt.hub.linkage;

import static eu.cbss.impt.hub.linkage.Children.child;
import static eu.cbss.impt.hub.linkage.Children.file;
import static eu.cbss.impt.hub.linkage.Children.signal;
import static eu.cbss.impt.hub.linkage.Children.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LinkageIndexTest {

    private final LinkageIndex index = new LinkageIndex(LinkageSettings.defaults());

    private boolean together(LinkageRecord a, LinkageRecord b) {
        return index.clusterOf(a.id()).equals(index.clusterOf(b.id()));
    }

    private static Link only(LinkageOutcome outcome) {
        assertEquals(1, outcome.links().size(), outcome.links().toString());
        return outcome.links().get(0);
    }

    @Test
    void aOneLetterTypoLinksBySimilarity() {
        LinkageRecord a = child(signal(), "Ana", "Popescu", "2012-03-05");
        LinkageRecord b = child(signal(), "Ana", "Popesku", "2012-03-05");
        file(index, a);
        Link link = only(file(index, b));
        assertEquals(LinkBasis.SIMILARITY, link.basis());
        assertEquals(b.id(), link.record());
        assertEquals(a.id(), link.linkedTo());
        assertTrue(link.similarity() > 0.85 && link.similarity() < 0.9, "Dice " + link.similarity());
        assertTrue(together(a, b));
    }

    @Test
    void swappedNamesAndAMissingGivenNameLink() {
        LinkageRecord a = child(signal(), "Ana", "Popescu", "2012-03-05");
        LinkageRecord swapped = child(signal(), "Popescu", "Ana", "2012-03-05");
        LinkageRecord noGivenName = child(signal(), null, "Popescu", "2012-03-05");
        file(index, a);
        assertEquals(1.0, only(file(index, swapped)).similarity());
        assertEquals(LinkBasis.SIMILARITY, only(file(index, noGivenName)).basis());
        assertTrue(together(a, swapped) && together(a, noGivenName));
    }

    @Test
    void aMissingLongGivenNameLinksByContainment() {
        LinkageRecord full = child(signal(), "Aleksandra", "Kowalska", "2013-01-30");
        LinkageRecord noGivenName = child(signal(), null, "Kowalska", "2013-01-30"); // Dice 0.73, overlap 0.93
        file(index, full);
        Link link = only(file(index, noGivenName));
        assertEquals(LinkBasis.CONTAINMENT, link.basis());
        assertTrue(link.similarity() < LinkageSettings.DEFAULT_THRESHOLD, "Dice " + link.similarity());
    }

    @Test
    void equalTokensLinkWithoutAnyFilter() {
        LinkageRecord a = child(signal(), "Ana", "Popescu", "2012-03-05");
        LinkageRecord b = child(signal(), "ANA", "Popéscu ", "2012-03-05");
        LinkageRecord idOnly = withId(signal(), null, null, null, "38-0123");
        LinkageRecord sameId = withId(signal(), null, null, null, "380123");
        file(index, a);
        assertEquals(LinkBasis.NAME_AND_BIRTH, only(file(index, b)).basis());
        file(index, idOnly);
        Link byId = only(file(index, sameId));
        assertEquals(LinkBasis.ID_NUMBER, byId.basis());
        assertEquals(1.0, byId.similarity());
        assertNotEquals(index.clusterOf(a.id()), index.clusterOf(idOnly.id()));
    }

    @Test
    void differentChildrenAndRecordsWithoutTokensStayApart() {
        LinkageRecord a = child(signal(), "Ana", "Popescu", "2012-03-05");
        LinkageRecord b = child(signal(), "Elena", "Dumitru", "2012-08-21");
        LinkageRecord sameNameOtherYear = child(signal(), "Ana", "Popescu", "2013-03-05");
        LinkageRecord nothing = withId(signal(), null, null, null, null);
        file(index, a);
        assertTrue(file(index, b).links().isEmpty());
        assertTrue(file(index, sameNameOtherYear).links().isEmpty(), "the year of birth salts the filter");
        assertTrue(file(index, nothing).links().isEmpty());
        assertEquals(4, List.of(a, b, sameNameOtherYear, nothing).stream().map(r -> index.clusterOf(r.id())).distinct().count());
    }

    @Test
    void twoChildrenOfOneSignalAreNeverLinkedEvenWithEqualTokens() {
        UUID s = signal();
        LinkageRecord a = child(s, "Ana", "Popescu", "2012-03-05");
        LinkageRecord b = child(s, "Ana", "Popescu", "2012-03-05");
        LinkageOutcome outcome = file(index, a, b);
        assertTrue(outcome.links().isEmpty());
        assertEquals(Refusal.Reason.SAME_SIGNAL, outcome.refusals().get(0).reason());
        assertTrue(!together(a, b));
    }

    @Test
    void aChildOfOneSignalMatchesAtMostOneChildOfAnother() {
        UUID twins = signal();
        LinkageRecord ana = child(twins, "Ana", "Popescu", "2012-03-05");
        LinkageRecord ioana = child(twins, "Ioana", "Popescu", "2012-03-05");
        file(index, ana, ioana);
        LinkageRecord later = child(signal(), "Ana", "Popesku", "2012-03-05"); // like both twins, more like Ana
        LinkageOutcome outcome = file(index, later);
        assertEquals(ana.id(), only(outcome).linkedTo());
        assertEquals(List.of(Refusal.Reason.ONE_TO_ONE), outcome.refusals().stream().map(Refusal::reason).toList());
        assertTrue(together(ana, later) && !together(ioana, later));
    }

    @Test
    void aSplitLastsForGood() {
        LinkageRecord march5 = child(signal(), "Ana", "Popescu", "2012-03-05");
        LinkageRecord march15 = child(signal(), "Ana", "Popescu", "2012-03-15");
        file(index, march5);
        file(index, march15);
        ClusterId cluster = index.clusterOf(march5.id());
        assertEquals(cluster, index.clusterOf(march15.id()));

        ChildCluster other = index.split(cluster, List.of(march15.id()));
        assertEquals(List.of(march15.id()), other.records());
        assertTrue(index.separated(cluster, other.id()));

        LinkageRecord again5 = child(signal(), "Ana", "Popescu", "2012-03-05"); // equal to one, like the other
        LinkageOutcome outcome = file(index, again5);
        assertEquals(LinkBasis.NAME_AND_BIRTH, only(outcome).basis());
        assertEquals(Refusal.Reason.NOT_THE_SAME_CHILD, outcome.refusals().get(0).reason());
        LinkageRecord again15 = child(signal(), "Ana", "Popescu", "2012-03-15");
        file(index, again15);
        assertTrue(together(march5, again5) && together(march15, again15) && !together(march5, march15));
    }

    @Test
    void separatedClustersAreNeverJoinedByALaterRecordLikeBoth() {
        LinkageRecord march = child(signal(), "Ana", "Popescu", "2012-03-05");
        LinkageRecord september = child(signal(), "Ana", "Popescu", "2012-09-21"); // Dice 0.74: apart
        file(index, march);
        file(index, september);
        index.separate(index.clusterOf(march.id()), index.clusterOf(september.id()));
        LinkageOutcome bridge = file(index, child(signal(), "Ana", "Popescu", "2012-09-05"));
        assertEquals(1, bridge.links().size());
        assertEquals(Refusal.Reason.NOT_THE_SAME_CHILD, bridge.refusals().get(0).reason());
        assertTrue(!together(march, september));
    }

    @Test
    void aRecordLikeTwoClustersJoinsThemAndTheAbsorbedOneIsNamed() {
        LinkageRecord march = child(signal(), "Ana", "Popescu", "2012-03-05");
        LinkageRecord september = child(signal(), "Ana", "Popescu", "2012-09-21");
        file(index, march);
        file(index, september);
        ClusterId absorbed = index.clusterOf(march.id());
        ClusterId kept = index.clusterOf(september.id());
        // more like September (0.87) than March (0.86): joins September's cluster, which then takes March's
        LinkageOutcome bridge = file(index, child(signal(), "Ana", "Popescu", "2012-09-05"));
        assertEquals(2, bridge.links().size());
        assertEquals(Map.of(absorbed, kept), bridge.absorbed());
        assertEquals(3, index.cluster(kept).records().size());
        assertThrows(IllegalArgumentException.class, () -> index.cluster(absorbed));
    }

    @Test
    void aRecordLikeOneMemberButUnlikeAnotherDoesNotChainIntoTheCluster() {
        LinkageIndex strict = new LinkageIndex(LinkageSettings.defaults().withThreshold(0.85).withCohesion(0.8));
        LinkageRecord a = child(signal(), "Ana", "Popescu", "2012-03-05");
        LinkageRecord b = child(signal(), "Ana", "Popescu", "2012-03-15"); // 0.87 to a
        LinkageRecord c = child(signal(), "Ana", "Popesku", "2012-03-15"); // 0.86 to b, 0.76 to a
        file(strict, a);
        file(strict, b);
        LinkageOutcome outcome = file(strict, c);
        assertTrue(outcome.links().isEmpty());
        assertEquals(Refusal.Reason.NOT_COHESIVE, outcome.refusals().get(0).reason());
    }

    @Test
    void aRecordIsLinkedOnceAndSplitsNameTheirOwnRecords() {
        LinkageRecord a = child(signal(), "Ana", "Popescu", "2012-03-05");
        LinkageRecord b = child(signal(), "Ana", "Popesku", "2012-03-05");
        file(index, a, b);
        assertThrows(IllegalArgumentException.class, () -> file(index, a));
        ClusterId cluster = index.clusterOf(a.id());
        assertThrows(IllegalArgumentException.class, () -> index.split(cluster, List.of(a.id(), b.id())));
        assertThrows(IllegalArgumentException.class, () -> index.split(cluster, List.of()));
        assertThrows(IllegalArgumentException.class, () -> index.split(cluster, List.of(UUID.randomUUID())));
        assertThrows(IllegalArgumentException.class, () -> index.separate(cluster, cluster));
    }

    @Test
    void differentIdNumbersKeepEvenEqualNamesAndDatesApart() {
        LinkageRecord a = withId(signal(), "Ana", "Popescu", "2012-03-05", "RO-1234567");
        LinkageRecord b = withId(signal(), "Ana", "Popescu", "2012-03-05", "RO-7654321");
        file(index, a);
        LinkageOutcome outcome = file(index, b);
        assertTrue(outcome.links().isEmpty());
        assertEquals(List.of(Refusal.Reason.DIFFERENT_ID_NUMBER), outcome.refusals().stream().map(Refusal::reason).toList());
        assertTrue(!together(a, b));
        LinkageRecord typo = withId(signal(), "Ana", "Popesku", "2012-03-05", "RO 7654321");
        LinkageOutcome third = file(index, typo);
        assertEquals(LinkBasis.ID_NUMBER, only(third).basis());
        assertEquals(List.of(Refusal.Reason.DIFFERENT_ID_NUMBER), third.refusals().stream().map(Refusal::reason).toList());
        assertTrue(together(b, typo) && !together(a, typo));
    }

    @Test
    void aClusterWithOneIdNumberRefusesARecordWithAnotherThroughAMemberWithout() {
        LinkageRecord withNumber = withId(signal(), "Ana", "Popescu", "2012-03-05", "RO-1234567");
        LinkageRecord without = child(signal(), "Ana", "Popescu", "2012-03-05");
        file(index, withNumber);
        assertEquals(LinkBasis.NAME_AND_BIRTH, only(file(index, without)).basis());
        LinkageRecord other = withId(signal(), "Ana", "Popesku", "2012-03-05", "RO-7654321"); // like both, Dice 0.87
        LinkageOutcome outcome = file(index, other);
        assertTrue(outcome.links().isEmpty());
        assertEquals(Refusal.Reason.DIFFERENT_ID_NUMBER, outcome.refusals().get(0).reason());
        assertTrue(!together(without, other));
    }

    /** Aleksandra Kowalska of 30 January and of 12 June 2013: Dice 0.82 but 60 bits apart (day and month differ). */
    private static LinkageRecord[] kowalskas() {
        return new LinkageRecord[] {
            child(signal(), "Aleksandra", "Kowalczyk", "2013-04-17"), // Dice 0.67 and 0.69 to the two: a look-alike
            child(signal(), "Aleksandra", "Kowalska", "2013-01-30"),
            child(signal(), "Aleksandra", "Kowalska", "2013-06-12")};
    }

    @Test
    void aFarPairLinksWhenNobodyElseLooksAlikeAndIsAmbiguousInACrowd() {
        LinkageSettings strict = LinkageSettings.defaults().withCrowding(0.62, 1, 56);
        LinkageRecord[] r = kowalskas();
        LinkageIndex alone = new LinkageIndex(strict);
        file(alone, r[1]);
        Link link = only(file(alone, r[2]));
        assertEquals(LinkBasis.SIMILARITY, link.basis());
        assertTrue(link.similarity() > 0.8, "Dice " + link.similarity());

        LinkageIndex crowded = new LinkageIndex(strict);
        file(crowded, r[0]);
        file(crowded, r[1]);
        LinkageOutcome outcome = file(crowded, r[2]);
        assertTrue(outcome.links().isEmpty());
        assertEquals(List.of(Refusal.Reason.AMBIGUOUS), outcome.refusals().stream().map(Refusal::reason).toList());
        assertNotEquals(crowded.clusterOf(r[1].id()), crowded.clusterOf(r[2].id()));

        LinkageIndex defaults = new LinkageIndex(LinkageSettings.defaults()); // one look-alike allows 64 bits
        file(defaults, r[0]);
        file(defaults, r[1]);
        assertEquals(LinkBasis.SIMILARITY, only(file(defaults, r[2])).basis());
    }

    @Test
    void theNewRulesDecideAlikeInBulkAndOneSignalAtATime() {
        LinkageSettings strict = LinkageSettings.defaults().withCrowding(0.62, 1, 56);
        LinkageRecord[] r = kowalskas();
        List<LinkageRecord> all = List.of(r[0], r[1], r[2],
                withId(signal(), "Ana", "Popescu", "2012-03-05", "RO-1234567"),
                child(signal(), "Ana", "Popescu", "2012-03-05"),
                withId(signal(), "Ana", "Popesku", "2012-03-05", "RO-7654321"));
        LinkageIndex bulk = new LinkageIndex(strict);
        LinkageOutcome together = bulk.link(all);
        LinkageIndex single = new LinkageIndex(strict);
        List<Refusal.Reason> reasons = new java.util.ArrayList<>();
        for (LinkageRecord record : all) {
            file(single, record).refusals().forEach(f -> reasons.add(f.reason()));
        }
        assertEquals(together.refusals().stream().map(Refusal::reason).sorted().toList(), reasons.stream().sorted().toList());
        assertTrue(reasons.containsAll(List.of(Refusal.Reason.AMBIGUOUS, Refusal.Reason.DIFFERENT_ID_NUMBER)), reasons.toString());
        for (LinkageRecord x : all) {
            for (LinkageRecord y : all) {
                assertEquals(bulk.clusterOf(x.id()).equals(bulk.clusterOf(y.id())),
                        single.clusterOf(x.id()).equals(single.clusterOf(y.id())), x + " and " + y);
            }
        }
    }
}
