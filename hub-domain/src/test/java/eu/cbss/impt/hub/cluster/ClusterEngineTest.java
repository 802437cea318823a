package eu.cbss.impt.hub.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.cbss.impt.hub.cluster.ClusterEngine.Plan;
import eu.cbss.impt.hub.linkage.IncidentSignal;
import eu.cbss.impt.hub.linkage.LinkageRecord;
import eu.cbss.impt.hub.linkage.LinkageSettings;
import eu.cbss.impt.hub.pseudonymisation.ChildIdentifiers;
import eu.cbss.impt.hub.pseudonymisation.Pseudonymiser;
import eu.cbss.impt.hub.reference.RegionCode;
import eu.cbss.impt.hub.signal.Concern;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ClusterEngineTest {

    static final Pseudonymiser PSEUDONYMISER = new Pseudonymiser(key());

    static byte[] key() {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) 7);
        return key;
    }

    static LinkageRecord child(String given, String family, String dob, String idNumber) {
        return LinkageRecord.of(UUID.randomUUID(), UUID.randomUUID(),
                PSEUDONYMISER.tokensFor(new ChildIdentifiers(given, family, LocalDate.parse(dob), idNumber)));
    }

    static IncidentSignal incident(String region, String from) {
        return new IncidentSignal(UUID.randomUUID(), Set.of(Concern.BEGGING), new RegionCode(region), LocalDate.parse(from), null);
    }

    /** A store in memory: what the hub writes to cluster_member and cluster_separation, in order. */
    static final class Store {
        final ClusterEngine engine = new ClusterEngine(LinkageSettings.defaults());
        final List<ClusterEngine.Step> steps = new ArrayList<>();
        final Map<UUID, UUID> lastCluster = new HashMap<>();
        final Set<UUID> merged = new java.util.HashSet<>();
        long seq;

        Plan child(LinkageRecord... records) {
            steps.add(new ClusterEngine.Linked(++seq, records[0].signal(), List.of(records), null));
            return stored(engine.linkChildren(List.of(records)));
        }

        Plan incident(IncidentSignal s) {
            steps.add(new ClusterEngine.Linked(++seq, s.signal(), List.of(), s));
            return stored(engine.linkIncident(s));
        }

        Plan stored(Plan plan) {
            for (ClusterEngine.Merge m : plan.merges()) {
                merged.add(m.absorbed());
                lastCluster.replaceAll((record, cluster) -> cluster.equals(m.absorbed()) ? m.into() : cluster);
            }
            plan.joins().forEach(j -> lastCluster.put(j.record() != null ? j.record() : j.signal(), j.cluster()));
            return plan;
        }

        UUID split(ClusterKind kind, UUID cluster, List<UUID> records) {
            UUID into = UUID.randomUUID();
            engine.split(kind, cluster, records, into);
            steps.add(new ClusterEngine.Split(++seq, kind, records));
            records.forEach(r -> lastCluster.put(r, into));
            return into;
        }

        void separate(ClusterKind kind, UUID a, UUID recordA, UUID b, UUID recordB) {
            engine.separate(kind, a, b);
            steps.add(new ClusterEngine.Separated(++seq, kind, recordA, recordB));
        }
    }

    static UUID only(Plan plan) {
        assertEquals(1, plan.clusters().size(), plan.toString());
        return plan.clusters().iterator().next();
    }

    @Test
    void aOneLetterTypoWithTheSameBirthdayJoinsTheFirstChildsCluster() {
        Store store = new Store();
        Plan first = store.child(child("Ionela", "Zamfirescu", "2012-03-05", null));
        assertEquals(1, first.created().size());
        Plan second = store.child(child("Ionela", "Zamfiresku", "2012-03-05", null));
        assertEquals(List.of(), second.created());
        assertEquals(only(first), only(second));
        assertEquals(1, second.links().size());
        ClusterEngine.Evidence link = second.links().get(0);
        assertEquals("SIMILARITY", link.basis());
        assertTrue(link.similarity() >= 0.76, link.toString());
        assertNotEquals(link.signal(), link.linkedToSignal());

        Plan other = store.child(child("Mihaela", "Popescu", "2010-07-21", null));
        assertEquals(1, other.created().size());
        assertNotEquals(only(first), only(other));
    }

    @Test
    void twoClustersJoinedByANewRecordAreMergedAndTheAbsorbedOneIsNamed() {
        Store store = new Store();
        UUID a = only(store.child(child("Ana", "Ionescu", "2011-01-01", "ID-1")));
        UUID b = only(store.child(child("Petra", "Kask", "2013-02-02", null)));
        assertNotEquals(a, b);
        // Same ID number as the first, same name and birthday as the second: exact tokens link both.
        Plan bridge = store.child(child("Petra", "Kask", "2013-02-02", "ID-1"));
        assertEquals(1, bridge.merges().size(), bridge.toString());
        ClusterEngine.Merge merge = bridge.merges().get(0);
        assertEquals(Set.of(a, b), Set.of(merge.absorbed(), merge.into()));
        assertEquals(merge.into(), only(bridge));
    }

    @Test
    void aSplitAndANotTheSameAreRespectedWhenAThirdReportArrives() {
        Store store = new Store();
        LinkageRecord r1 = child("Ionela", "Zamfirescu", "2012-03-05", null);
        LinkageRecord r2 = child("Ionela", "Zamfiresku", "2012-03-05", null);
        UUID c = only(store.child(r1));
        store.child(r2);
        UUID part = store.split(ClusterKind.CHILD, c, List.of(r2.id()));
        Plan third = store.child(child("Ionela", "Zamfirescu", "2012-03-05", null));
        UUID joined = only(third);
        assertTrue(joined.equals(c) || joined.equals(part), "joins one of the parts, never both");
        assertEquals(List.of(), third.merges());

        LinkageRecord x = child("Maria", "Tamm", "2014-04-04", null);
        LinkageRecord y = child("Maria", "Tam", "2014-04-04", null);
        UUID cx = only(store.child(x));
        UUID cy = only(store.child(y));
        assertEquals(cx, cy, "linked before the coordinator said otherwise");
        UUID cz = store.split(ClusterKind.CHILD, cx, List.of(y.id()));
        Plan fourth = store.child(child("Maria", "Tamm", "2014-04-04", null));
        assertEquals(List.of(), fourth.merges());
        assertTrue(Set.of(cx, cz).contains(only(fourth)));
    }

    @Test
    void incidentsOfOneRegionAndPeriodShareACluster() {
        Store store = new Store();
        UUID a = only(store.incident(incident("EE001", "2026-10-01")));
        Plan b = store.incident(incident("EE008", "2026-10-10"));
        assertEquals(a, only(b));
        assertEquals(ClusterLink.SAME_INCIDENT, b.links().get(0).basis());
        assertNotEquals(a, only(store.incident(incident("EE001", "2026-03-01"))));
    }

    @Test
    void replayingTheStoredHistoryGivesTheSameClustersAndTheSameNextDecision() {
        Store store = new Store();
        List<LinkageRecord> all = new ArrayList<>();
        String[][] names = {{"Ionela", "Zamfirescu"}, {"Ionela", "Zamfiresku"}, {"Maria", "Tamm"}, {"Maria", "Tam"},
                {"Jaan", "Kask"}, {"Jaan", "Kasks"}, {"Olga", "Ivanova"}};
        for (String[] n : names) {
            LinkageRecord r = child(n[0], n[1], n[0].equals("Olga") ? "2009-09-09" : "2012-03-05", null);
            all.add(r);
            store.child(r);
        }
        UUID tamm = store.lastCluster.get(all.get(2).id());
        UUID tam = store.split(ClusterKind.CHILD, tamm, List.of(all.get(3).id()));
        UUID kask = store.lastCluster.get(all.get(4).id());
        store.separate(ClusterKind.CHILD, kask, all.get(4).id(), store.lastCluster.get(all.get(6).id()), all.get(6).id());
        IncidentSignal i1 = incident("EE001", "2026-10-01");
        store.incident(i1);
        store.incident(incident("EE001", "2026-10-03"));

        ClusterEngine rebuilt = ClusterEngine.replay(LinkageSettings.defaults(), store.steps, store.lastCluster);
        assertEquals(0, rebuilt.mismatches());
        for (LinkageRecord r : all) {
            assertEquals(store.lastCluster.get(r.id()), rebuilt.storedClusterOf(ClusterKind.CHILD, r.id()));
        }
        assertEquals(store.lastCluster.get(i1.signal()), rebuilt.storedClusterOf(ClusterKind.INCIDENT, i1.signal()));
        assertNotEquals(tamm, tam);

        LinkageRecord next = child("Maria", "Tamm", "2012-03-05", null);
        Plan live = store.engine.linkChildren(List.of(next));
        Plan replayed = rebuilt.linkChildren(List.of(next));
        assertEquals(live.clusters(), replayed.clusters());
        assertEquals(List.of(), replayed.created());
    }

    @Test
    void aStoreThatDisagreesWithTheReplayIsCounted() {
        Store store = new Store();
        LinkageRecord r1 = child("Ionela", "Zamfirescu", "2012-03-05", null);
        LinkageRecord r2 = child("Ionela", "Zamfiresku", "2012-03-05", null);
        store.child(r1);
        store.child(r2);
        Map<UUID, UUID> wrong = new HashMap<>(store.lastCluster);
        wrong.put(r2.id(), UUID.randomUUID());
        assertEquals(1, ClusterEngine.replay(LinkageSettings.defaults(), store.steps, wrong).mismatches());
    }
}
