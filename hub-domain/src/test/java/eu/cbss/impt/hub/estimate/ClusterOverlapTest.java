package eu.cbss.impt.hub.estimate;

import static eu.cbss.impt.hub.organisation.OrganisationType.FAITH_BASED;
import static eu.cbss.impt.hub.organisation.OrganisationType.HEALTH;
import static eu.cbss.impt.hub.organisation.OrganisationType.MIGRATION_BODY;
import static eu.cbss.impt.hub.organisation.OrganisationType.NGO;
import static eu.cbss.impt.hub.organisation.OrganisationType.POLICE;
import static eu.cbss.impt.hub.organisation.OrganisationType.SCHOOL;
import static eu.cbss.impt.hub.organisation.OrganisationType.SOCIAL_SERVICES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.cbss.impt.hub.cluster.ClusterKind;
import eu.cbss.impt.hub.cluster.Verification;
import eu.cbss.impt.hub.mse.BootstrapInterval;
import eu.cbss.impt.hub.mse.Estimate;
import eu.cbss.impt.hub.mse.ModelSelectionBootstrap;
import eu.cbss.impt.hub.mse.MultipleSystemsEstimation;
import eu.cbss.impt.hub.mse.OverlapTable;
import eu.cbss.impt.hub.organisation.OrganisationType;
import eu.cbss.impt.hub.signal.Grade;
import eu.cbss.impt.hub.validation.InvalidInput;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClusterOverlapTest {

    private static final LocalDate JUNE = LocalDate.of(2026, 6, 10);

    /** A small builder of child clusters: every signal in EE001 on 10 June 2026 unless said otherwise. */
    private static final class Clusters {
        private final List<ClusterFacts> all = new ArrayList<>();

        Clusters child(OrganisationType... sources) {
            return add(ClusterKind.CHILD, Verification.UNVERIFIED, Grade.MAYBE, signals("EE001", JUNE, sources));
        }

        Clusters times(int n, OrganisationType... sources) {
            for (int i = 0; i < n; i++) child(sources);
            return this;
        }

        Clusters add(ClusterKind kind, Verification v, Grade g, List<SignalFacts> signals) {
            all.add(new ClusterFacts(kind, v, g, signals));
            return this;
        }

        static List<SignalFacts> signals(String region, LocalDate on, OrganisationType... sources) {
            List<SignalFacts> s = new ArrayList<>();
            for (OrganisationType t : sources) s.add(new SignalFacts(t, region, on, null));
            return s;
        }
    }

    private static EstimateQuery query() {
        return EstimateQuery.defaults();
    }

    /** A population of three lists with overlaps, enough for the engine. */
    private static Clusters threeLists() {
        return new Clusters().times(30, SOCIAL_SERVICES).times(25, NGO).times(20, POLICE)
                .times(10, SOCIAL_SERVICES, NGO).times(8, SOCIAL_SERVICES, POLICE).times(6, NGO, POLICE)
                .times(3, SOCIAL_SERVICES, NGO, POLICE);
    }

    @Test
    void aChildReportedSeveralTimesByOneListCountsOnceOnThatList() {
        Clusters c = threeLists().child(NGO, NGO, NGO).child(POLICE, NGO, POLICE);
        ClusterOverlap overlap = ClusterOverlap.of(query(), c.all);
        assertEquals(List.of("SOCIAL_SERVICES", "NGO", "POLICE"), overlap.lists().stream().map(ClusterOverlap.ListCount::name).toList());
        assertEquals(104, overlap.childClusters());
        assertEquals(26, overlap.count(0b010), "NGO only: 25 and the child NGO reported three times");
        assertEquals(7, overlap.count(0b110), "NGO and police: 6 and the child with two police signals");
        assertEquals(104, overlap.table().orElseThrow().observed());
    }

    @Test
    void byDefaultEachOrganisationTypeWithChildrenIsAList() {
        ClusterOverlap overlap = ClusterOverlap.of(query(), threeLists().child(SCHOOL).all);
        assertEquals(List.of("SOCIAL_SERVICES", "NGO", "POLICE", "SCHOOL"),
                overlap.lists().stream().map(ClusterOverlap.ListCount::name).toList());
        assertEquals(Set.of(SCHOOL), overlap.lists().get(3).organisationTypes());
        assertTrue(overlap.notes().isEmpty(), "types without children are simply not lists: " + overlap.notes());
    }

    @Test
    void mergedTypesPutAChildOnOneList() {
        EstimateQuery merged = new EstimateQuery(null, null, null,
                ListGrouping.parse("welfare:SOCIAL_SERVICES,NGO;police:POLICE;care:HEALTH,SCHOOL"), null, null);
        Clusters c = new Clusters().times(5, SOCIAL_SERVICES, NGO).times(4, HEALTH).times(3, POLICE, SCHOOL).times(2, NGO);
        ClusterOverlap overlap = ClusterOverlap.of(merged, c.all);
        assertEquals(List.of("welfare", "police", "care"), overlap.lists().stream().map(ClusterOverlap.ListCount::name).toList());
        assertEquals(7, overlap.count(0b001), "social services and NGO are one list: 5 + 2 children on welfare only");
        assertEquals(4, overlap.count(0b100));
        assertEquals(3, overlap.count(0b110));
        assertEquals(7, overlap.lists().get(0).children());
    }

    @Test
    void typesInNoListLeaveTheirChildrenOutAndSayHowMany() {
        EstimateQuery q = new EstimateQuery(null, null, null, ListGrouping.parse("SOCIAL_SERVICES;NGO;POLICE"), null, null);
        ClusterOverlap overlap = ClusterOverlap.of(q, threeLists().child(SCHOOL).child(SCHOOL, NGO).all);
        assertEquals(1, overlap.leftOut().outsideLists(), "the child only a school knows");
        assertEquals(103, overlap.childClusters(), "the school's other child counts, on the NGO list");
    }

    @Test
    void dismissedClustersIncidentsAndOtherGradesAreLeftOutByDefaultOrAsAsked() {
        Clusters c = threeLists()
                .add(ClusterKind.INCIDENT, Verification.UNVERIFIED, Grade.MAYBE, Clusters.signals("EE001", JUNE, NGO))
                .add(ClusterKind.CHILD, Verification.DISMISSED, Grade.MAYBE, Clusters.signals("EE001", JUNE, NGO, POLICE))
                .add(ClusterKind.CHILD, Verification.VERIFIED, Grade.OFFICIAL, Clusters.signals("EE001", JUNE, POLICE));
        ClusterOverlap all = ClusterOverlap.of(query(), c.all);
        assertEquals(103, all.childClusters(), "verified ones count, dismissed ones do not");
        assertEquals(new ClusterOverlap.LeftOut(1, 1, 0, 0, 0), all.leftOut());

        EstimateQuery dismissedToo = new EstimateQuery(null, null, null, ListGrouping.byOrganisationType(),
                Set.of(Verification.DISMISSED, Verification.UNVERIFIED), Set.of(Grade.MAYBE));
        ClusterOverlap asked = ClusterOverlap.of(dismissedToo, c.all);
        assertEquals(103, asked.childClusters(), "the dismissed one in, the verified official one out");
        assertEquals(new ClusterOverlap.LeftOut(1, 1, 0, 0, 0), asked.leftOut());
        EstimateQuery officialOnly = new EstimateQuery(null, null, null, ListGrouping.byOrganisationType(), null, Set.of(Grade.OFFICIAL));
        assertEquals(new ClusterOverlap.LeftOut(1, 1, 102, 0, 0), ClusterOverlap.of(officialOnly, c.all).leftOut());
    }

    @Test
    void aClusterIsInThePeriodAndRegionIfOneOfItsSignalsIsAndOnlyThoseSignalsPutItOnLists() {
        List<SignalFacts> mixed = new ArrayList<>(Clusters.signals("EE008", JUNE, POLICE));
        mixed.addAll(Clusters.signals("EE001", JUNE, NGO));
        mixed.addAll(Clusters.signals("EE001", LocalDate.of(2025, 1, 5), SOCIAL_SERVICES));
        Clusters c = threeLists().add(ClusterKind.CHILD, Verification.UNVERIFIED, Grade.MAYBE, mixed)
                .add(ClusterKind.CHILD, Verification.UNVERIFIED, Grade.MAYBE, Clusters.signals("EE008", JUNE, NGO, POLICE));
        EstimateQuery q = new EstimateQuery(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), "EE001",
                ListGrouping.byOrganisationType(), null, null);
        ClusterOverlap overlap = ClusterOverlap.of(q, c.all);
        assertEquals(103, overlap.childClusters());
        assertEquals(1, overlap.leftOut().outsidePeriodOrRegion(), "the child seen in EE008 only");
        assertEquals(26, overlap.count(0b010), "the mixed child is on the NGO list only: police saw it elsewhere, "
                + "social services in another year");

        EstimateQuery country = new EstimateQuery(null, null, "EE", ListGrouping.byOrganisationType(), null, null);
        assertEquals(104, ClusterOverlap.of(country, c.all).childClusters(), "a country code takes all its regions");
    }

    @Test
    void aSignalWhosePeriodOverlapsTheQuerysIsInIt() {
        SignalFacts spanning = new SignalFacts(NGO, "EE001", LocalDate.of(2025, 11, 1), LocalDate.of(2026, 2, 1));
        EstimateQuery q2026 = new EstimateQuery(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), null,
                ListGrouping.byOrganisationType(), null, null);
        assertTrue(q2026.covers(spanning));
        assertFalse(q2026.covers(new SignalFacts(NGO, "EE001", LocalDate.of(2025, 11, 1), LocalDate.of(2025, 12, 31))));
        assertFalse(q2026.covers(new SignalFacts(NGO, "EE001", LocalDate.of(2027, 1, 1), null)));
    }

    @Test
    void fewerThanThreeListsWithChildrenGiveAReasonAndNoNumber() {
        Clusters c = new Clusters().times(10, NGO).times(4, NGO, POLICE).times(6, POLICE);
        ClusterEstimate e = ClusterEstimate.of(query(), c.all);
        assertFalse(e.estimable());
        assertNull(e.estimate());
        assertTrue(e.reason().contains("only 2 lists (NGO, POLICE)"), e.reason());
        assertTrue(e.reason().contains("at least 3 lists"), e.reason());
        assertEquals(20, e.overlap().childClusters());

        ClusterEstimate none = ClusterEstimate.of(query(), List.of());
        assertTrue(none.reason().startsWith("No child cluster matches"), none.reason());
    }

    @Test
    void aNamedListWithoutChildrenIsLeftOutWithANote() {
        EstimateQuery q = new EstimateQuery(null, null, null, ListGrouping.parse("SOCIAL_SERVICES;NGO;POLICE;SCHOOL"), null, null);
        ClusterEstimate e = ClusterEstimate.of(q, threeLists().all);
        assertEquals(3, e.overlap().lists().size());
        assertTrue(e.caveats().get(0).contains("SCHOOL has no child"), e.caveats().toString());
        assertTrue(e.estimable());
    }

    @Test
    void theEstimateIsTheEnginesOnTheSameTable() {
        ClusterEstimate e = ClusterEstimate.of(query(), threeLists().all);
        OverlapTable same = OverlapTable.over(List.of("SOCIAL_SERVICES", "NGO", "POLICE"))
                .add(Set.of("SOCIAL_SERVICES"), 30).add(Set.of("NGO"), 25).add(Set.of("POLICE"), 20)
                .add(Set.of("SOCIAL_SERVICES", "NGO"), 10).add(Set.of("SOCIAL_SERVICES", "POLICE"), 8)
                .add(Set.of("NGO", "POLICE"), 6).add(Set.of("SOCIAL_SERVICES", "NGO", "POLICE"), 3).build();
        Estimate engine = MultipleSystemsEstimation.estimate(same);
        assertTrue(e.estimable());
        assertNull(e.reason());
        assertEquals(engine.estimate(), e.estimate().estimate());
        assertEquals(engine.lower(), e.estimate().lower());
        assertEquals(engine.upper(), e.estimate().upper());
        assertEquals(engine.terms(), e.estimate().terms());
        assertEquals(engine.caveats(), e.caveats());
    }

    @Test
    void whenTheEngineFindsNoEstimateItsReasonIsGivenInWords() {
        // Every child social services know is known to no one else, and no child is on more than one list.
        Clusters c = new Clusters().times(10, SOCIAL_SERVICES).times(7, NGO).times(5, POLICE);
        ClusterEstimate e = ClusterEstimate.of(query(), c.all);
        assertFalse(e.estimable());
        assertTrue(e.reason().startsWith("There is no estimate. No case is on more than one list"), e.reason());
        assertFalse(e.caveats().stream().anyMatch(s -> s.startsWith("No estimate")), e.caveats().toString());
    }

    @Test
    void askedForABootstrapTheEstimateCarriesItFromTheDefaultSeed() {
        ClusterEstimate e = ClusterEstimate.of(query(), threeLists().all, 200);
        BootstrapInterval b = e.estimate().bootstrap();
        assertEquals(200, b.resamples());
        assertEquals(ModelSelectionBootstrap.DEFAULT_SEED, b.seed());
        assertTrue(b.available(), String.valueOf(b.reason()));
        assertTrue(b.lower() <= e.estimate().estimate() && e.estimate().estimate() <= b.upper(), b.toString());
        assertEquals(b, ClusterEstimate.of(query(), threeLists().all, 200).estimate().bootstrap(), "the same figures each time");
        assertNull(ClusterEstimate.of(query(), threeLists().all).estimate().bootstrap(), "none unless asked for");
    }

    @Test
    void aBootstrapOfTooFewOrTooManyResamplesIsRefused() {
        for (int resamples : new int[] {-1, 99, ClusterEstimate.MAX_RESAMPLES + 1}) {
            InvalidInput refused = assertThrows(InvalidInput.class, () -> ClusterEstimate.of(query(), threeLists().all, resamples));
            assertEquals("bootstrap", refused.errors().get(0).field());
        }
    }

    @Test
    void aTableOfMoreListsThanTheHubBootstrapsSaysWhyItHasNone() {
        Clusters c = threeLists().times(12, SCHOOL).times(4, SCHOOL, NGO).times(9, HEALTH).times(3, HEALTH, POLICE)
                .times(7, MIGRATION_BODY).times(2, MIGRATION_BODY, SOCIAL_SERVICES).times(6, FAITH_BASED).times(2, FAITH_BASED, NGO);
        ClusterEstimate e = ClusterEstimate.of(query(), c.all, 1_000);
        assertEquals(7, e.overlap().lists().size());
        assertTrue(e.estimable());
        BootstrapInterval b = e.estimate().bootstrap();
        assertFalse(b.available());
        assertTrue(b.reason().startsWith("Not run on a table of 7 lists"), b.reason());
    }
}
