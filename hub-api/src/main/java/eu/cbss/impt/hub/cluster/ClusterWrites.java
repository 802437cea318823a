package eu.cbss.impt.hub.cluster;

import eu.cbss.impt.hub.linkage.IncidentSignal;
import eu.cbss.impt.hub.linkage.LinkageRecord;
import eu.cbss.impt.hub.linkage.LinkageSettings;
import eu.cbss.impt.hub.reference.RegionCode;
import eu.cbss.impt.hub.signal.ReviewStatus;
import eu.cbss.impt.hub.signal.Signal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What linking writes, one transaction per call: the engine's decisions for accepted signals, a
 * withdrawn signal leaving its clusters, the rebuild's reads. Called by {@link ClusterLinking} only,
 * which holds the engine's lock.
 */
@ApplicationScoped
public class ClusterWrites {

    @Inject
    Clusters store;

    @Inject
    Clock clock;

    /**
     * Links accepted signals, in the order given, and stores what the engine decided. A signal no
     * longer ACCEPTED, or linked already, is skipped. New transaction: the acceptance committed before.
     *
     * <p>Written in one pass for the whole call: the engine decides every signal in memory first, then
     * the new clusters are inserted, then members and links, then each touched cluster's corroboration
     * is read once. The persistence context writes only when told to: letting every read flush it made
     * linking quadratic in the signals of a call (173 records/s for an import of 20,000).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int link(ClusterEngine engine, Collection<UUID> signalIds) {
        store.writeOnlyWhenFlushed();
        Set<UUID> linkedBefore = store.everLinked(signalIds);
        List<Signal> signals = store.signalsToLink(signalIds).stream()
                .filter(s -> s.reviewStatus() == ReviewStatus.ACCEPTED && !linkedBefore.contains(s.id())).toList();
        if (signals.isEmpty()) return 0;
        List<ClusterEngine.Plan> plans = signals.stream().map(s -> plan(engine, s)).toList();
        List<Long> seqs = store.nextSeqs(signals.size());
        Instant now = clock.instant();
        for (int i = 0; i < plans.size(); i++) {
            for (UUID id : plans.get(i).created()) {
                Cluster c = Cluster.create(id, plans.get(i).kind(), now);
                c.created("Linked signal " + signals.get(i).reference() + ".", now);
                store.add(c);
            }
        }
        store.flush(); // new clusters first: members, links and history lines point at them
        Set<UUID> touched = new LinkedHashSet<>();
        for (int i = 0; i < plans.size(); i++) {
            store(plans.get(i), seqs.get(i), now, touched);
        }
        store.flush();
        Map<UUID, Corroboration> corroborations = store.corroborations(touched);
        for (UUID id : touched) {
            store.find(id).orElseThrow().corroborated(corroborations.getOrDefault(id, Corroboration.of(List.of())));
        }
        return signals.size();
    }

    private static ClusterEngine.Plan plan(ClusterEngine engine, Signal signal) {
        if (signal.children().isEmpty()) {
            return engine.linkIncident(new IncidentSignal(signal.id(), signal.concerns(), new RegionCode(signal.region()),
                    signal.occurredFrom(), signal.occurredTo()));
        }
        return engine.linkChildren(signal.children().stream()
                .map(c -> LinkageRecord.of(c.id(), signal.id(), c.tokens())).toList());
    }

    private void store(ClusterEngine.Plan plan, long seq, Instant now, Set<UUID> touched) {
        if (!plan.merges().isEmpty()) {
            store.flush(); // the absorbed clusters' members as linked so far, this call's included
        }
        for (ClusterEngine.Merge m : plan.merges()) {
            Cluster absorbed = store.find(m.absorbed()).orElseThrow();
            Cluster into = store.find(m.into()).orElseThrow();
            for (ClusterMember member : store.members(absorbed.id())) {
                store.add(member.leave(ClusterMember.Leaving.MERGED, into.id(), now));
            }
            into.absorbed(absorbed, now);
            absorbed.corroborated(Corroboration.of(List.of()));
            touched.remove(absorbed.id());
            touched.add(into.id());
        }
        for (ClusterEngine.Join j : plan.joins()) {
            store.add(new ClusterMember(j.cluster(), j.signal(), j.record(), seq, now));
            touched.add(j.cluster());
        }
        for (ClusterEngine.Evidence e : plan.links()) {
            store.add(new ClusterLink(e.record(), e.signal(), e.linkedTo(), e.linkedToSignal(), e.similarity(), e.basis(), now));
        }
        for (ClusterEngine.NearMiss n : plan.nearMisses()) {
            store.add(NearMiss.found(n, now));
        }
    }

    /** A withdrawn signal leaves its clusters (its rows end, nothing is deleted); the clusters' grades follow. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void leave(UUID signal, String reference) {
        Instant now = clock.instant();
        Set<UUID> touched = new LinkedHashSet<>();
        for (ClusterMember m : store.membershipsOf(signal)) {
            m.leave(ClusterMember.Leaving.WITHDRAWN, null, now);
            touched.add(m.cluster());
        }
        store.flush();
        for (UUID id : touched) {
            Cluster c = store.find(id).orElseThrow();
            c.signalLeft(reference, now);
            c.corroborated(store.corroboration(id));
        }
    }

    /** The engine rebuilt from the stored history; see {@link ClusterEngine#replay}. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ClusterEngine replay(LinkageSettings settings) {
        return ClusterEngine.replay(settings, store.linkedHistory(), store.lastClusters());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<UUID> acceptedButNeverLinked() {
        return store.acceptedButNeverLinked();
    }
}
