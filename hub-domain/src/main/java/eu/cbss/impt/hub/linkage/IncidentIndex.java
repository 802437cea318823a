package eu.cbss.impt.hub.linkage;

import eu.cbss.impt.hub.signal.Concern;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Incident clusters of accepted signals without child records. A signal joins the clusters of every
 * earlier signal it matches under the {@link IncidentRule} (single link: a chain of overlapping
 * reports makes one incident), unless a coordinator separated them; coordinators split and separate
 * as for child clusters. Candidates are the earlier signals of the same country that share a
 * concern: regions of different countries never neighbour. In memory; thread-safe, one call at a time.
 */
public final class IncidentIndex {

    private final ClusterPartition clusters = new ClusterPartition("Signal");
    private final List<IncidentSignal> signals = new ArrayList<>();
    private final Map<String, List<Integer>> byCountryAndConcern = new HashMap<>();

    public synchronized IncidentLinkage link(IncidentSignal signal) {
        int clusterMark = clusters.clusterCount();
        int retiredMark = clusters.retiredCount();
        int e = clusters.add(signal.signal(), ClusterPartition.NO_GROUP);
        signals.add(signal);
        TreeSet<Integer> candidates = new TreeSet<>(); // earliest first: the same order gives the same clusters
        for (Concern concern : signal.concerns()) {
            List<Integer> block = byCountryAndConcern.computeIfAbsent(
                    signal.region().value().substring(0, 2) + "|" + concern, k -> new ArrayList<>());
            candidates.addAll(block);
            block.add(e);
        }
        List<UUID> same = new ArrayList<>();
        List<UUID> separated = new ArrayList<>();
        for (int c : candidates) {
            if (IncidentRule.sameIncident(signals.get(c), signal)) {
                (clusters.merge(c, e) == ClusterPartition.Verdict.SEPARATED ? separated : same).add(clusters.id(c));
            }
        }
        return new IncidentLinkage(new ClusterId(clusters.clusterOf(e)), same, separated,
                clusters.absorbedSince(retiredMark, clusterMark));
    }

    public synchronized ClusterId clusterOf(UUID signal) {
        return clusters.clusterOf(signal);
    }

    public synchronized IncidentCluster cluster(ClusterId id) {
        return new IncidentCluster(id, clusters.members(id));
    }

    /** A coordinator's split: the named signals form a new incident, separated from the rest for good. */
    public synchronized IncidentCluster split(ClusterId id, Collection<UUID> signalsLeaving) {
        return cluster(clusters.split(id, signalsLeaving));
    }

    /** A coordinator's "same incident", unless a coordinator separated the two. */
    public synchronized Merging merge(ClusterId a, ClusterId b) {
        return Merging.of(clusters.merge(a, b));
    }

    /** What {@link #merge} would answer, changing nothing. */
    public synchronized Merging mergeable(ClusterId a, ClusterId b) {
        return Merging.of(clusters.mergeable(a, b));
    }

    /** A coordinator's "not the same incident", for good. */
    public synchronized void separate(ClusterId a, ClusterId b) {
        clusters.separate(a, b);
    }
}
