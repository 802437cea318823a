package eu.cbss.impt.hub.web.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterTest {

    @Test
    void readsTheDetailOfTheContract() {
        Cluster c = ClusterJson.twoSources("MAYBE", "MAYBE", "national1", false);

        assertEquals("CHILD", c.kind());
        assertEquals(2, c.sourceCount());
        assertEquals(List.of("POLICE", "SOCIAL_SERVICES"), c.organisationTypes());
        assertEquals("national1", c.pendingProposal().by());
        assertEquals("Same child, two reports.", c.pendingProposal().rationale());
        assertTrue(c.isProposalPending());
        assertTrue(c.isCurrent());
        assertEquals("system", c.history().get(0).role());
        assertEquals(87, c.links().get(0).percent());
        assertNull(c.links().get(1).percent(), "an exact match has no similarity");
        assertEquals("S-2026-000040", c.signalReference(ClusterJson.SOCIAL_SIGNAL));
        assertEquals("C-3F2A9C1E", c.reference());
    }

    @Test
    void theTimelineFollowsWhenThingsHappenedNotWhenTheyWereFiled() {
        Cluster c = ClusterJson.twoSources("MAYBE", "MAYBE");

        assertEquals(List.of("S-2026-000040", "S-2026-000031"), c.timeline().stream().map(Cluster.MemberSignal::reference).toList());
        assertEquals(LocalDate.of(2026, 10, 5), c.timeline().get(0).occurredTo());
    }

    @Test
    void aListItemWithoutSignalsHistoryOrLinksReadsAsEmpty() {
        Cluster c = Cluster.from(ClusterJson.json("""
                {"id":"abc","kind":"INCIDENT","signalIds":["s1"],"signals":null,
                 "independentSources":{"organisations":["org-1"],"organisationTypes":[],"count":1},
                 "assessedGrade":"ANECDOTAL","verification":"UNVERIFIED","pendingProposal":null,"mergedInto":null,
                 "createdAt":"2026-11-03T10:00:01Z","history":null,"links":null}
                """));

        assertTrue(c.signals().isEmpty());
        assertTrue(c.history().isEmpty());
        assertTrue(c.links().isEmpty());
        assertFalse(c.isProposalPending());
        assertEquals(1, c.sourceCount());
        assertFalse(c.officialSource());
        assertTrue(c.allowedActions().isEmpty());
    }

    @Test
    void aPageCarriesTheBasisNote() {
        ClusterPage page = ClusterPage.from(ClusterJson.json("""
                {"items":[{"id":"abc","kind":"CHILD","signalIds":[]}],"page":0,"size":20,"total":1,
                 "basis":{"unit":"CLUSTER","note":"Not a count of signals."}}
                """));

        assertEquals(1, page.total());
        assertEquals("Not a count of signals.", page.note());
        assertEquals("abc", page.items().get(0).id());
    }
}
