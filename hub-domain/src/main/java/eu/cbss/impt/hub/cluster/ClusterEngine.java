package eu.cbss.impt.hub.cluster;

import eu.cbss.impt.hub.linkage.ClusterId;
import eu.cbss.impt.hub.linkage.IncidentIndex;
import eu.cbss.impt.hub.linkage.IncidentLinkage;
import eu.cbss.impt.hub.linkage.IncidentSignal;
import eu.cbss.impt.hub.linkage.Link;
import eu.cbss.impt.hub.linkage.LinkageIndex;
import eu.cbss.impt.hub.linkage.LinkageOutcome;
import eu.cbss.impt.hub.linkage.LinkageRecord;
import eu.cbss.impt.hub.linkage.LinkageSettings;
import eu.cbss.impt.hub.linkage.Merging;
import eu.cbss.impt.hub.linkage.Refusal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The linkage engine ({@link LinkageIndex} for child records, {@link IncidentIndex} for signals
 * without them) with the mapping between its int cluster ids and the stored clusters' UUIDs. Pure
 * and in memory: it says what to store ({@link Plan}), the caller stores it. Not thread-safe: one
 * caller at a time.
 *
 * <p><b>Rebuild.</b> {@link #replay} feeds the engine the stored history in its order ({@code seq}):
 * each linked signal's records as they were linked, each split and "not the same" in its place. The
 * same calls in the same order give the same clusters. The stored membership is the truth: each
 * engine cluster is then mapped to the stored cluster of its records (a record's current
 * membership, or the last one if its signal was withdrawn); where they disagree, the first stored
 * cluster met wins and the disagreement is counted ({@link #mismatches()}) for the log.
 */
public final class ClusterEngine {

    /** A new member of a stored cluster. {@code record} is null in an incident cluster. */
    public record Join(UUID cluster, UUID signal, UUID record) {
    }

    /** The stored cluster {@code absorbed} is merged into {@code into}. */
    public record Merge(UUID absorbed, UUID into) {
    }

    /** The evidence of one link: members (records, or signals of an incident), similarity, basis. */
    public record Evidence(UUID record, UUID signal, UUID linkedTo, UUID linkedToSignal, Double similarity, String basis) {
    }

    /**
     * A pair the engine did not link but a coordinator may: a child record of the signal being linked
     * and one of another cluster, with the similarity of their filters and why they were not linked.
     */
    public record NearMiss(UUID record, UUID signal, UUID other, UUID otherSignal, double similarity, Refusal.Reason reason) {
    }

    /** What linking one signal changed, to be stored: clusters created (in order), merges, joins, evidence, near misses. */
    public record Plan(ClusterKind kind, List<UUID> created, List<Merge> merges, List<Join> joins, List<Evidence> links,
            List<NearMiss> nearMisses) {
        public Plan {
            created = List.copyOf(created);
            merges = List.copyOf(merges);
            joins = List.copyOf(joins);
            links = List.copyOf(links);
            nearMisses = List.copyOf(nearMisses);
        }

        /** The stored clusters the signal is in now. */
        public Set<UUID> clusters() {
            Set<UUID> set = new LinkedHashSet<>();
            joins.forEach(j -> set.add(j.cluster()));
            return set;
        }
    }

    /** One step of the stored history, for {@link #replay}. */
    public sealed interface Step permits Linked, Split, Separated, Merged {
        long seq();
    }

    /** A signal linked: its child records, or (without any) its incident facts. */
    public record Linked(long seq, UUID signal, List<LinkageRecord> records, IncidentSignal incident) implements Step {
    }

    /** A coordinator's split: these engine records left their cluster. */
    public record Split(long seq, ClusterKind kind, List<UUID> records) implements Step {
    }

    /** A coordinator's "not the same": the clusters of these two engine records. */
    public record Separated(long seq, ClusterKind kind, UUID record, UUID other) implements Step {
    }

    /** A coordinator's "same child (incident)": the clusters of these two engine records became one. */
    public record Merged(long seq, ClusterKind kind, UUID record, UUID other) implements Step {
    }

    private final LinkageIndex children;
    private final IncidentIndex incidents = new IncidentIndex();
    private final Map<ClusterKind, Map<ClusterId, UUID>> stored = new EnumMap<>(ClusterKind.class);
    private final Map<ClusterKind, Map<UUID, ClusterId>> engine = new EnumMap<>(ClusterKind.class);
    private final Map<UUID, UUID> signalOfRecord = new HashMap<>();
    private int mismatches;

    public ClusterEngine(LinkageSettings settings) {
        children = new LinkageIndex(settings);
        for (ClusterKind kind : ClusterKind.values()) {
            stored.put(kind, new HashMap<>());
            engine.put(kind, new HashMap<>());
        }
    }

    /**
     * Rebuilds from the stored history (ordered by {@code seq} here) and maps the engine's clusters to
     * the stored ones through {@code lastCluster}: each engine record's current (or last) stored cluster.
     */
    public static ClusterEngine replay(LinkageSettings settings, Collection<? extends Step> history,
            Map<UUID, UUID> lastCluster) {
        ClusterEngine e = new ClusterEngine(settings);
        List<Step> steps = new ArrayList<>(history);
        steps.sort((a, b) -> Long.compare(a.seq(), b.seq()));
        for (Step step : steps) {
            if (step instanceof Linked l) {
                if (l.records().isEmpty()) {
                    e.incidents.link(l.incident());
                } else {
                    l.records().forEach(r -> e.signalOfRecord.put(r.id(), r.signal()));
                    e.children.link(l.records());
                }
            } else if (step instanceof Split s) {
                ClusterId from = e.engineCluster(s.kind(), s.records().get(0));
                if (s.kind() == ClusterKind.CHILD) e.children.split(from, s.records());
                else e.incidents.split(from, s.records());
            } else if (step instanceof Merged m) {
                ClusterId a = e.engineCluster(m.kind(), m.record());
                ClusterId b = e.engineCluster(m.kind(), m.other());
                if (!a.equals(b)) {
                    if (m.kind() == ClusterKind.CHILD) e.children.merge(a, b);
                    else e.incidents.merge(a, b);
                }
            } else if (step instanceof Separated s) {
                ClusterId a = e.engineCluster(s.kind(), s.record());
                ClusterId b = e.engineCluster(s.kind(), s.other());
                if (!a.equals(b)) {
                    if (s.kind() == ClusterKind.CHILD) e.children.separate(a, b);
                    else e.incidents.separate(a, b);
                }
            }
        }
        lastCluster.forEach((record, cluster) -> {
            ClusterKind kind = e.signalOfRecord.containsKey(record) ? ClusterKind.CHILD : ClusterKind.INCIDENT;
            ClusterId id = e.engineCluster(kind, record);
            if (id == null) {
                e.mismatches++;
                return;
            }
            UUID known = e.stored.get(kind).get(id);
            if (known == null && !e.engine.get(kind).containsKey(cluster)) {
                e.bind(kind, id, cluster);
            } else if (!cluster.equals(known)) {
                e.mismatches++;
            }
        });
        return e;
    }

    /** Records whose stored cluster disagreed with the replayed engine (0 when all is well). */
    public int mismatches() {
        return mismatches;
    }

    /** Links an accepted signal's child records into child clusters. */
    public Plan linkChildren(List<LinkageRecord> records) {
        if (records.isEmpty()) {
            throw new IllegalArgumentException("A signal without child records joins an incident cluster.");
        }
        records.forEach(r -> signalOfRecord.put(r.id(), r.signal()));
        LinkageOutcome outcome = children.link(records);
        List<UUID> created = new ArrayList<>();
        List<Merge> merges = merges(ClusterKind.CHILD, outcome.absorbed(), created);
        List<Join> joins = new ArrayList<>();
        for (LinkageRecord r : records) {
            joins.add(new Join(storedFor(ClusterKind.CHILD, children.clusterOf(r.id()), created), r.signal(), r.id()));
        }
        List<Evidence> links = new ArrayList<>();
        for (Link l : outcome.links()) {
            links.add(new Evidence(l.record(), signalOfRecord.get(l.record()), l.linkedTo(),
                    signalOfRecord.get(l.linkedTo()), l.similarity(), l.basis().name()));
        }
        return new Plan(ClusterKind.CHILD, created, merges, joins, links, nearMisses(outcome));
    }

    /** Links an accepted signal without child records into an incident cluster. */
    public Plan linkIncident(IncidentSignal signal) {
        IncidentLinkage linkage = incidents.link(signal);
        List<UUID> created = new ArrayList<>();
        List<Merge> merges = merges(ClusterKind.INCIDENT, linkage.absorbed(), created);
        Join join = new Join(storedFor(ClusterKind.INCIDENT, linkage.cluster(), created), signal.signal(), null);
        List<Evidence> links = new ArrayList<>();
        for (UUID same : linkage.sameIncident()) {
            links.add(new Evidence(signal.signal(), signal.signal(), same, same, null, ClusterLink.SAME_INCIDENT));
        }
        return new Plan(ClusterKind.INCIDENT, created, merges, List.of(join), links, List.of());
    }

    /** A coordinator's split: the engine records leave the stored cluster for the new stored cluster {@code into}. */
    public void split(ClusterKind kind, UUID cluster, Collection<UUID> records, UUID into) {
        ClusterId from = engineId(kind, cluster);
        ClusterId made = kind == ClusterKind.CHILD ? children.split(from, records).id() : incidents.split(from, records).id();
        bind(kind, made, into);
    }

    /** A coordinator's "not the same" between two stored clusters, for good. */
    public void separate(ClusterKind kind, UUID a, UUID b) {
        if (kind == ClusterKind.CHILD) children.separate(engineId(kind, a), engineId(kind, b));
        else incidents.separate(engineId(kind, a), engineId(kind, b));
    }

    /**
     * A coordinator's "same child (incident)": the stored cluster {@code absorbed} joins {@code survivor},
     * which keeps its id, unless the engine refuses (a signal in both, or separated clusters).
     * {@code record} is an engine record of the survivor.
     */
    public Merging merge(ClusterKind kind, UUID survivor, UUID absorbed, UUID record) {
        ClusterId a = engineId(kind, survivor);
        ClusterId b = engineId(kind, absorbed);
        Merging result = kind == ClusterKind.CHILD ? children.merge(a, b) : incidents.merge(a, b);
        if (result == Merging.MERGED) {
            for (ClusterId gone : List.of(a, b)) stored.get(kind).remove(gone);
            engine.get(kind).remove(survivor);
            engine.get(kind).remove(absorbed);
            bind(kind, engineCluster(kind, record), survivor);
        }
        return result;
    }

    /** What {@link #merge} would answer for two stored clusters, changing nothing. */
    public Merging mergeable(ClusterKind kind, UUID a, UUID b) {
        ClusterId x = engineId(kind, a);
        ClusterId y = engineId(kind, b);
        return kind == ClusterKind.CHILD ? children.mergeable(x, y) : incidents.mergeable(x, y);
    }

    /** Whether the engine holds the record (a child record, or an incident's signal). */
    public boolean knows(ClusterKind kind, UUID record) {
        return engineCluster(kind, record) != null;
    }

    /** The stored cluster the engine puts a record in, or null. */
    public UUID storedClusterOf(ClusterKind kind, UUID record) {
        ClusterId id = engineCluster(kind, record);
        return id == null ? null : stored.get(kind).get(id);
    }

    private ClusterId engineCluster(ClusterKind kind, UUID record) {
        try {
            return kind == ClusterKind.CHILD ? children.clusterOf(record) : incidents.clusterOf(record);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private ClusterId engineId(ClusterKind kind, UUID cluster) {
        ClusterId id = engine.get(kind).get(cluster);
        if (id == null) {
            throw new IllegalStateException("The engine does not know cluster " + cluster + ".");
        }
        return id;
    }

    /**
     * The refusals a coordinator should see, one per pair of clusters as they stand after linking (the
     * most similar pair), none between records that ended up in one cluster through another pair.
     */
    private List<NearMiss> nearMisses(LinkageOutcome outcome) {
        Map<List<ClusterId>, NearMiss> best = new LinkedHashMap<>();
        for (Refusal r : outcome.refusals()) {
            if (!r.reason().nearMiss()) continue;
            ClusterId a = children.clusterOf(r.record());
            ClusterId b = children.clusterOf(r.candidate());
            if (a.equals(b)) continue;
            List<ClusterId> pair = a.value() < b.value() ? List.of(a, b) : List.of(b, a);
            NearMiss found = new NearMiss(r.record(), signalOfRecord.get(r.record()), r.candidate(),
                    signalOfRecord.get(r.candidate()), r.similarity(), r.reason());
            best.merge(pair, found, (x, y) -> y.similarity() > x.similarity() ? y : x);
        }
        return List.copyOf(best.values());
    }

    /** Absorbed engine clusters: the stored cluster of each follows its survivor, or is merged into the survivor's. */
    private List<Merge> merges(ClusterKind kind, Map<ClusterId, ClusterId> absorbed, List<UUID> created) {
        List<Merge> merges = new ArrayList<>();
        List<Map.Entry<ClusterId, ClusterId>> ordered = new ArrayList<>(absorbed.entrySet());
        ordered.sort((a, b) -> Integer.compare(a.getKey().value(), b.getKey().value()));
        for (Map.Entry<ClusterId, ClusterId> e : ordered) {
            UUID retired = stored.get(kind).remove(e.getKey());
            if (retired == null) continue;
            engine.get(kind).remove(retired);
            ClusterId survivor = e.getValue();
            while (absorbed.containsKey(survivor)) survivor = absorbed.get(survivor);
            UUID into = stored.get(kind).get(survivor);
            if (into == null) {
                bind(kind, survivor, retired); // the survivor is new to the store: it carries on the retired one
            } else {
                merges.add(new Merge(retired, into));
            }
        }
        return merges;
    }

    private UUID storedFor(ClusterKind kind, ClusterId id, List<UUID> created) {
        UUID known = stored.get(kind).get(id);
        if (known != null) return known;
        UUID made = UUID.randomUUID();
        bind(kind, id, made);
        created.add(made);
        return made;
    }

    private void bind(ClusterKind kind, ClusterId id, UUID cluster) {
        Objects.requireNonNull(cluster);
        stored.get(kind).put(id, cluster);
        engine.get(kind).put(cluster, id);
    }
}
