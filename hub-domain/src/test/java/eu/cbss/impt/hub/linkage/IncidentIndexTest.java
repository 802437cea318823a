package eu.cbss.impt.hub.linkage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.cbss.impt.hub.reference.RegionCode;
import eu.cbss.impt.hub.signal.Concern;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IncidentIndexTest {

    private static IncidentSignal incident(Concern concern, String region, String from, String to) {
        return new IncidentSignal(UUID.randomUUID(), Set.of(concern), new RegionCode(region), LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to));
    }

    private static IncidentSignal begging(String region, String from, String to) {
        return incident(Concern.BEGGING, region, from, to);
    }

    @Test
    void sameConcernNeighbouringRegionAndOverlappingPeriodMakeOneIncident() {
        IncidentIndex index = new IncidentIndex();
        IncidentSignal a = begging("EE001", "2026-05-01", "2026-05-10");
        IncidentSignal b = begging("EE008", "2026-05-08", null);
        index.link(a);
        IncidentLinkage linked = index.link(b);
        assertEquals(List.of(a.signal()), linked.sameIncident());
        assertEquals(index.clusterOf(a.signal()), index.clusterOf(b.signal()));
        assertEquals(List.of(a.signal(), b.signal()), index.cluster(linked.cluster()).signals());
    }

    @Test
    void regionsNeighbourWhenOneContainsTheOtherOrBothLieInOneNuts2Region() {
        assertTrue(IncidentRule.neighbouring("EE001", "EE001"));
        assertTrue(IncidentRule.neighbouring("EE001", "EE00A"), "both in EE00");
        assertTrue(IncidentRule.neighbouring("EE00", "EE001"), "parent and child");
        assertTrue(IncidentRule.neighbouring("LT021", "LT022"), "both in LT02");
        assertFalse(IncidentRule.neighbouring("LT011", "LT022"), "LT01 and LT02");
        assertFalse(IncidentRule.neighbouring("EE", "EE001"), "the whole country is not a neighbour");
        assertTrue(IncidentRule.neighbouring("EE", "EE0"), "parent and child");
        assertFalse(IncidentRule.neighbouring("EE001", "LV003"));
    }

    @Test
    void periodsMayBeTwoWeeksApartAndNoMore() {
        IncidentSignal may = begging("EE001", "2026-05-01", "2026-05-10");
        assertTrue(IncidentRule.sameIncident(may, begging("EE001", "2026-05-24", null)));
        assertFalse(IncidentRule.sameIncident(may, begging("EE001", "2026-05-25", null)));
        assertTrue(IncidentRule.sameIncident(may, begging("EE001", "2026-04-10", "2026-04-17")));
        assertFalse(IncidentRule.sameIncident(may, begging("EE001", "2026-04-10", "2026-04-16")));
    }

    @Test
    void anotherConcernIsAnotherIncident() {
        IncidentIndex index = new IncidentIndex();
        IncidentSignal a = begging("EE001", "2026-05-01", null);
        IncidentSignal b = incident(Concern.LABOUR_EXPLOITATION, "EE001", "2026-05-01", null);
        index.link(a);
        assertTrue(index.link(b).sameIncident().isEmpty());
        assertNotEquals(index.clusterOf(a.signal()), index.clusterOf(b.signal()));
    }

    @Test
    void aSignalBridgingTwoIncidentsJoinsThemAndSaysWhichClusterWasAbsorbed() {
        IncidentIndex index = new IncidentIndex();
        IncidentSignal early = begging("EE001", "2026-05-01", null);
        IncidentSignal late = begging("EE001", "2026-05-25", null);
        ClusterId earlyCluster = index.link(early).cluster();
        ClusterId lateCluster = index.link(late).cluster();
        assertNotEquals(earlyCluster, lateCluster);
        IncidentLinkage bridge = index.link(begging("EE001", "2026-05-10", "2026-05-14"));
        assertEquals(Map.of(lateCluster, earlyCluster), bridge.absorbed());
        assertEquals(3, index.cluster(earlyCluster).signals().size());
    }

    @Test
    void separatedIncidentsStaySeparateAndASplitLastsForGood() {
        IncidentIndex index = new IncidentIndex();
        IncidentSignal a = begging("EE001", "2026-05-01", null);
        IncidentSignal b = begging("EE001", "2026-05-02", null);
        index.link(a);
        index.link(b);
        ClusterId together = index.clusterOf(a.signal());
        IncidentCluster apart = index.split(together, List.of(b.signal()));
        assertEquals(List.of(b.signal()), apart.signals());

        IncidentSignal c = begging("EE001", "2026-05-03", null);
        IncidentLinkage third = index.link(c);
        assertEquals(List.of(a.signal()), third.sameIncident());
        assertEquals(List.of(b.signal()), third.separated());
        assertNotEquals(index.clusterOf(a.signal()), index.clusterOf(b.signal()));
    }
}
