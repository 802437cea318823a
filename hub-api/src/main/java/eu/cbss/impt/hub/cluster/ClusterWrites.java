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
    ClusterStore store;

    @Inject
    Clock clock;

    /**
     * Links accepted signals, in the order given, and stores what the engine decided. A signal no
     * longer ACCEPTED, or linked already, is skipped. New transaction: the acceptance committed before.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int link(ClusterEngine engine, Collection<UUID> signalIds) {
        int linked = 0;
        for (Signal signal : store.signals(signalIds)) {
            if (signal.reviewStatus() != ReviewStatus.ACCEPTED || store.everLinked(signal.id())) {
                continue;
            }
            ClusterEngine.Plan plan;
            if (signal.children().isEmpty()) {
                plan = engine.linkIncident(new IncidentSignal(signal.id(), signal.concerns(), new RegionCode(signal.region()),
                        signal.occurredFrom(), signal.occurredTo()));
            } else {
                plan = engine.linkChildren(signal.children().stream()
                        .map(c -> LinkageRecord.of(c.id(), signal.id(), c.tokens())).toList());
            }
            store(plan, signal);
            linked++;
        }
        return linked;
    }

    private void store(ClusterEngine.Plan plan, Signal signal) {
        Instant now = clock.instant();
        long seq = store.nextSeq();
        for (UUID id : plan.created()) {
            Cluster c = Cluster.create(id, plan.kind(), now);
            c.created("Linked signal " + signal.reference() + ".", now);
            store.add(c);
        }
        store.flush(); // new clusters first: members, links and history lines point at them
        Set<UUID> touched = new LinkedHashSet<>();
        for (ClusterEngine.Merge m : plan.merges()) {
            Cluster absorbed = store.find(m.absorbed()).orElseThrow();
            Cluster into = store.find(m.into()).orElseThrow();
            for (ClusterMember member : store.members(absorbed.id())) {
                store.add(member.leave(ClusterMember.Leaving.MERGED, into.id(), now));
            }
            into.absorbed(absorbed, now);
            absorbed.corroborated(Corroboration.of(List.of()));
            touched.add(into.id());
        }
        for (ClusterEngine.Join j : plan.joins()) {
            store.add(new ClusterMember(j.cluster(), j.signal(), j.record(), seq, now));
            touched.add(j.cluster());
        }
        for (ClusterEngine.Evidence e : plan.links()) {
            store.add(new ClusterLink(e.record(), e.signal(), e.linkedTo(), e.linkedToSignal(), e.similarity(), e.basis(), now));
        }
        store.flush();
        for (UUID id : touched) {
            store.find(id).orElseThrow().corroborated(store.corroboration(id));
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
