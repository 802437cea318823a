package eu.cbss.impt.hub.cluster;

import eu.cbss.impt.hub.access.Caller;
import eu.cbss.impt.hub.audit.AuditAction;
import eu.cbss.impt.hub.audit.AuditTrail;
import eu.cbss.impt.hub.organisation.OrganisationType;
import eu.cbss.impt.hub.problem.ProblemCode;
import eu.cbss.impt.hub.signal.Signal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * National coordinators' queue of near misses: listed newest first (audited), resolved once as the
 * same child (a merge of the two clusters) or not the same (a separation), in one transaction with
 * the act it stands for.
 */
@ApplicationScoped
public class NearMissHandling {

    @Inject
    NearMisses nearMisses;

    @Inject
    Clusters store;

    @Inject
    ClusterActs acts;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Transactional
    public NearMissPage list(Caller caller, int page, int size) {
        ClusterReading.requireNational(caller);
        NearMisses.Page result = nearMisses.open(page, size);
        Map<UUID, ClusterView.MemberSignal> signals = summaries(result.items().stream()
                .flatMap(o -> Stream.of(o.nearMiss().signal(), o.nearMiss().otherSignal())).distinct().toList());
        List<NearMissView> items = result.items().stream()
                .map(o -> NearMissView.of(o.nearMiss(), o.cluster(), o.otherCluster(), signals, caller)).toList();
        audit.record(caller, AuditAction.NEAR_MISSES_LISTED, "near-miss-list", null,
                "page=" + page + " size=" + size + " total=" + result.total());
        return new NearMissPage(items, page, size, result.total());
    }

    /**
     * Resolves it with the act it stands for, on the clusters its records are in now; answers with the
     * cluster that holds the newer report's record afterwards. Called under the engine's lock.
     */
    @Transactional
    public UUID resolve(ClusterEngine engine, Caller caller, UUID id, NearMiss.Resolution how, String rationale) {
        NearMiss n = nearMisses.forUpdate(id);
        n.resolve(caller, how, clock.instant());
        UUID newer = nearMisses.clusterOf(n.record()).orElseThrow(NearMissNotFound::new);
        UUID older = nearMisses.clusterOf(n.otherRecord()).orElseThrow(NearMissNotFound::new);
        if (newer.equals(older)) {
            throw new ClusterConflict(ProblemCode.NEAR_MISS_RESOLVED,
                    "The two reports are in one cluster already; there is nothing left to resolve.");
        }
        switch (how) {
            case SAME_CHILD -> acts.merge(engine, caller, older, newer, rationale);
            case NOT_THE_SAME -> acts.separate(engine, caller, newer, older, rationale);
        }
        audit.record(caller, AuditAction.NEAR_MISS_RESOLVED, "near-miss", id.toString(), how.wire());
        return how == NearMiss.Resolution.SAME_CHILD ? older : newer;
    }

    private Map<UUID, ClusterView.MemberSignal> summaries(List<UUID> ids) {
        List<Signal> signals = store.signals(ids);
        Map<String, OrganisationType> types = store.organisationTypes(signals.stream().map(Signal::organisation).distinct().toList());
        Map<UUID, ClusterView.MemberSignal> out = new HashMap<>();
        signals.forEach(s -> out.put(s.id(), NearMissView.summary(s, types)));
        return out;
    }
}
