package eu.cbss.impt.hub.cluster;

import eu.cbss.impt.hub.access.Caller;
import eu.cbss.impt.hub.audit.AuditAction;
import eu.cbss.impt.hub.audit.AuditTrail;
import eu.cbss.impt.hub.problem.ProblemCode;
import eu.cbss.impt.hub.validation.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * National coordinators' acts on clusters, one transaction each, audited in it. Two coordinators
 * acting on one cluster at once meet at its {@code @Version} (forced up by every act): the second
 * gets an OptimisticLockException (409), or, if it read after the first committed, a ClusterConflict
 * (409). Splits and separations change the engine last, under its lock ({@link ClusterDecisions}).
 */
@ApplicationScoped
public class ClusterActs {

    @Inject
    Clusters store;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Transactional
    public void decide(Caller caller, UUID id, Verification decision, String rationale) {
        ClusterReading.requireNational(caller);
        Cluster c = store.forUpdate(id);
        ClusterDecision d = c.decide(caller, decision, rationale, store.corroboration(id).officialSource(), clock.instant());
        done(caller, c, d);
    }

    @Transactional
    public void confirm(Caller caller, UUID id, String rationale) {
        ClusterReading.requireNational(caller);
        Cluster c = store.forUpdate(id);
        done(caller, c, c.confirm(caller, rationale, clock.instant()));
    }

    private void done(Caller caller, Cluster c, ClusterDecision d) {
        AuditAction action = switch (d.act()) {
            case VERIFICATION_PROPOSED -> AuditAction.CLUSTER_VERIFICATION_PROPOSED;
            case VERIFIED -> AuditAction.CLUSTER_VERIFIED;
            case DISMISSED -> AuditAction.CLUSTER_DISMISSED;
            default -> throw new IllegalStateException("Not a verification: " + d.act());
        };
        audit.record(caller, action, "cluster", c.id().toString(), d.act() + ": " + d.rationale());
        store.flush(); // a lost race shows here and rolls back the audit entry too
    }

    /** The named signals leave the cluster for a new one, separated for good; returns the new cluster's id. */
    @Transactional
    public UUID split(ClusterEngine engine, Caller caller, UUID id, List<UUID> signalIds, String rationale) {
        Cluster c = store.forUpdate(id);
        c.requireActionable(caller, rationale);
        List<ClusterMember> members = store.members(id);
        Set<UUID> inCluster = members.stream().map(ClusterMember::signal).collect(Collectors.toSet());
        Set<UUID> leaving = new LinkedHashSet<>(signalIds);
        for (UUID s : leaving) {
            if (!inCluster.contains(s)) {
                throw new InvalidInput("signalIds", "Signal " + s + " is not in this cluster.");
            }
        }
        if (leaving.containsAll(inCluster)) {
            throw new InvalidInput("signalIds", "A split leaves at least one signal in the cluster.");
        }
        Instant now = clock.instant();
        Cluster part = Cluster.create(UUID.randomUUID(), c.kind(), now);
        store.add(part);
        store.flush();
        List<UUID> records = members.stream().filter(m -> leaving.contains(m.signal())).map(ClusterMember::engineRecord).toList();
        for (ClusterMember m : members) {
            if (leaving.contains(m.signal())) store.add(m.leave(ClusterMember.Leaving.SPLIT, part.id(), now));
        }
        c.split(caller, rationale, part.id(), true, now);
        part.split(caller, rationale, c.id(), false, now);
        store.add(new ClusterRepair(store.nextSeq(), ClusterRepair.Kind.SPLIT, c.id(), part.id(), records,
                caller.username(), now));
        store.flush();
        c.corroborated(store.corroboration(c.id()));
        part.corroborated(store.corroboration(part.id()));
        audit.record(caller, AuditAction.CLUSTER_SPLIT, "cluster", c.id().toString(),
                leaving.size() + " signal(s) moved to cluster " + part.id() + ": " + rationale);
        store.flush();
        engine.split(c.kind(), c.id(), records, part.id());
        return part.id();
    }

    /** Two current clusters of one kind, both with signals, locked for the act: a merge's or a separation's. */
    private record Two(Cluster a, Cluster b, List<ClusterMember> ma, List<ClusterMember> mb) {
    }

    /** The checks a merge and a separation share, each refusal with its code; {@code verb}: "merged with", "separated from". */
    private Two two(Caller caller, UUID id, UUID otherId, String rationale, String verb) {
        if (id.equals(otherId)) {
            throw new InvalidInput(ProblemCode.CLUSTER_SAME_CLUSTER, "otherClusterId", "A cluster cannot be " + verb + " itself.");
        }
        Cluster a = store.forUpdate(id);
        a.requireActionable(caller, rationale);
        Cluster b = store.find(otherId).orElseThrow(() -> new InvalidInput(ProblemCode.CLUSTER_OTHER_NOT_FOUND,
                "otherClusterId", "There is no such cluster."));
        if (b.mergedInto() != null) {
            throw new InvalidInput(ProblemCode.CLUSTER_OTHER_MERGED, "otherClusterId",
                    "That cluster was merged into cluster " + b.mergedInto() + "; name that one.");
        }
        if (a.kind() != b.kind()) {
            throw new InvalidInput(ProblemCode.CLUSTER_OTHER_KIND, "otherClusterId",
                    "A " + a.kind() + " cluster is only " + verb + " another " + a.kind() + " cluster.");
        }
        store.forUpdate(otherId);
        List<ClusterMember> ma = store.members(a.id());
        List<ClusterMember> mb = store.members(b.id());
        if (ma.isEmpty() || mb.isEmpty()) {
            throw new ClusterConflict(ProblemCode.CLUSTER_EMPTY, "A cluster without signals cannot be " + verb + " another.");
        }
        return new Two(a, b, ma, mb);
    }

    /**
     * "Same child (incident)": {@code otherId} is merged into {@code id}, which keeps its id. Refused
     * before anything changes when the engine would refuse it (separated, or a signal in both).
     */
    @Transactional
    public void merge(ClusterEngine engine, Caller caller, UUID id, UUID otherId, String rationale) {
        Two t = two(caller, id, otherId, rationale, "merged with");
        Cluster a = t.a();
        Cluster b = t.b();
        switch (engine.mergeable(a.kind(), a.id(), b.id())) {
            case SEPARATED -> throw new ClusterConflict(ProblemCode.CLUSTERS_SEPARATED,
                    "A national coordinator said these clusters are not the same; they are not merged.");
            case SHARE_SIGNAL -> throw new ClusterConflict(ProblemCode.CLUSTERS_SHARE_SIGNAL,
                    "A signal has a child in each cluster: two children of one signal are two children.");
            case MERGED -> { }
        }
        Instant now = clock.instant();
        store.add(new ClusterRepair(store.nextSeq(), ClusterRepair.Kind.SAME, a.id(), b.id(),
                List.of(t.ma().get(0).engineRecord(), t.mb().get(0).engineRecord()), caller.username(), now));
        for (ClusterMember member : t.mb()) {
            store.add(member.leave(ClusterMember.Leaving.MERGED, a.id(), now));
        }
        a.merge(caller, rationale, b, now);
        store.flush();
        a.corroborated(store.corroboration(a.id()));
        b.corroborated(Corroboration.of(List.of()));
        audit.record(caller, AuditAction.CLUSTERS_MERGED, "cluster", a.id().toString(),
                "same as cluster " + b.id() + ": " + rationale);
        store.flush();
        engine.merge(a.kind(), a.id(), b.id(), t.ma().get(0).engineRecord());
    }

    /** "Not the same child (incident)", for good. */
    @Transactional
    public void separate(ClusterEngine engine, Caller caller, UUID id, UUID otherId, String rationale) {
        Two t = two(caller, id, otherId, rationale, "separated from");
        Cluster a = t.a();
        Cluster b = t.b();
        List<ClusterMember> ma = t.ma();
        List<ClusterMember> mb = t.mb();
        Instant now = clock.instant();
        store.add(new ClusterRepair(store.nextSeq(), ClusterRepair.Kind.NOT_THE_SAME, a.id(), b.id(),
                List.of(ma.get(0).engineRecord(), mb.get(0).engineRecord()), caller.username(), now));
        a.separated(caller, rationale, b.id(), now);
        b.separated(caller, rationale, a.id(), now);
        audit.record(caller, AuditAction.CLUSTERS_SEPARATED, "cluster", a.id().toString(),
                "not the same as cluster " + b.id() + ": " + rationale);
        store.flush();
        engine.separate(a.kind(), a.id(), b.id());
    }

}
