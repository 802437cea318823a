package eu.cbss.impt.hub.linkage;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Elements (child records, or signals for incidents) grouped into clusters by merges under two
 * rules: a cluster holds at most one element of each group (a group is a signal: its children are
 * different children, and a child of one signal matches at most one child of another), and two
 * elements a coordinator separated never share a cluster. Unlike a union-find, it keeps each
 * cluster's members, so that it can split; merges move the smaller cluster into the larger, so an
 * element moves at most log₂ n times.
 */
final class ClusterPartition {

    enum Verdict { MERGED, ALREADY, SAME_GROUP, SEPARATED }

    static final int NO_GROUP = -1;

    private int[] clusterOf = new int[16];
    private int[] groupOf = new int[16];
    private int elements;

    private int[][] members = new int[16][];
    private int[] memberCount = new int[16];
    /** Cluster → the cluster it was merged into (itself while alive). */
    private int[] successor = new int[16];
    private int clusters;
    private int[] retired = new int[16];
    private int retiredCount;

    /** Element → the elements it must never share a cluster with; symmetric. */
    private final Map<Integer, int[]> separatedFrom = new HashMap<>();
    private final Numbering ids;

    /** @param noun what the elements are, for messages: "Child record", "Signal" */
    ClusterPartition(String noun) {
        this.ids = new Numbering(noun);
    }

    /** A new element in a new cluster of its own; returns the element's number. */
    int add(UUID id, int group) {
        ids.add(id);
        int e = elements++;
        if (e == clusterOf.length) {
            clusterOf = Arrays.copyOf(clusterOf, e * 2);
            groupOf = Arrays.copyOf(groupOf, e * 2);
        }
        groupOf[e] = group;
        clusterOf[e] = newCluster(new int[] {e}, 1);
        return e;
    }

    int clusterOf(int element) {
        return clusterOf[element];
    }

    boolean contains(UUID id) {
        return ids.contains(id);
    }

    UUID id(int element) {
        return ids.id(element);
    }

    ClusterId clusterOf(UUID id) {
        return new ClusterId(clusterOf[ids.number(id)]);
    }

    List<UUID> members(ClusterId id) {
        return ids.ids(members(alive(id)));
    }

    /** Moves the named members of a cluster into a new cluster, separated from what remains; returns it. */
    ClusterId split(ClusterId id, Collection<UUID> part) {
        return new ClusterId(split(alive(id), part.stream().mapToInt(ids::number).toArray()));
    }

    /**
     * A coordinator's "same child": joins two clusters under the same rules as linking (never two
     * elements of one group, never separated clusters); the verdict says whether it did, and
     * {@link #clusterOf(UUID)} where the members are now.
     */
    Verdict merge(ClusterId a, ClusterId b) {
        return merge(members[alive(a)][0], members[alive(b)][0]);
    }

    /** What {@link #merge(ClusterId, ClusterId)} would answer, changing nothing. */
    Verdict mergeable(ClusterId a, ClusterId b) {
        int ca = alive(a);
        int cb = alive(b);
        return ca == cb ? Verdict.ALREADY : shareGroup(ca, cb) ? Verdict.SAME_GROUP
                : separated(ca, cb) ? Verdict.SEPARATED : Verdict.MERGED;
    }

    void separate(ClusterId a, ClusterId b) {
        separate(alive(a), alive(b));
    }

    boolean separated(ClusterId a, ClusterId b) {
        return separated(alive(a), alive(b));
    }

    int groupOf(int element) {
        return groupOf[element];
    }

    /** Numbers handed out so far; a number below this is either alive or retired by a merge. */
    int clusterCount() {
        return clusters;
    }

    private boolean alive(int cluster) {
        return cluster >= 0 && cluster < clusters && memberCount[cluster] > 0;
    }

    /** The cluster's number if it is alive; a clear refusal otherwise. */
    private int alive(ClusterId id) {
        if (!alive(id.value())) {
            throw new IllegalArgumentException("Cluster " + id + " does not exist or was merged into another.");
        }
        return id.value();
    }

    /** Clusters retired so far: a mark to pass to {@link #absorbedSince}. */
    int retiredCount() {
        return retiredCount;
    }

    /**
     * The clusters numbered below {@code clusterMark} that merges retired after {@code retiredMark},
     * each with the cluster that holds its records now: what a store re-points.
     */
    Map<ClusterId, ClusterId> absorbedSince(int retiredMark, int clusterMark) {
        Map<ClusterId, ClusterId> absorbed = new LinkedHashMap<>();
        for (int i = retiredMark; i < retiredCount; i++) {
            int gone = retired[i];
            if (gone < clusterMark) {
                int survivor = gone;
                while (successor[survivor] != survivor) {
                    survivor = successor[survivor];
                }
                absorbed.put(new ClusterId(gone), new ClusterId(survivor));
            }
        }
        return absorbed;
    }

    int[] members(int cluster) {
        return Arrays.copyOf(members[cluster], memberCount[cluster]);
    }

    /** Joins the clusters of x and y unless they already are one, share a group, or were separated. */
    Verdict merge(int x, int y) {
        int cx = clusterOf[x];
        int cy = clusterOf[y];
        if (cx == cy) {
            return Verdict.ALREADY;
        }
        if (shareGroup(cx, cy)) {
            return Verdict.SAME_GROUP;
        }
        if (separated(cx, cy)) {
            return Verdict.SEPARATED;
        }
        boolean keepX = memberCount[cx] > memberCount[cy] || (memberCount[cx] == memberCount[cy] && cx < cy);
        int keep = keepX ? cx : cy;
        int gone = keepX ? cy : cx;
        int n = memberCount[keep];
        int m = memberCount[gone];
        if (n + m > members[keep].length) {
            members[keep] = Arrays.copyOf(members[keep], Math.max(n + m, n * 2));
        }
        for (int i = 0; i < m; i++) {
            int e = members[gone][i];
            members[keep][n + i] = e;
            clusterOf[e] = keep;
        }
        memberCount[keep] = n + m;
        memberCount[gone] = 0;
        members[gone] = null;
        successor[gone] = keep;
        if (retiredCount == retired.length) {
            retired = Arrays.copyOf(retired, retiredCount * 2);
        }
        retired[retiredCount++] = gone;
        return Verdict.MERGED;
    }

    private int split(int cluster, int[] part) {
        Set<Integer> moving = new HashSet<>();
        for (int e : part) {
            if (e < 0 || e >= elements || clusterOf[e] != cluster || !moving.add(e)) {
                throw new IllegalArgumentException("Split a cluster by naming some of its records, each once.");
            }
        }
        if (moving.isEmpty() || moving.size() == memberCount[cluster]) {
            throw new IllegalArgumentException("A split leaves records on both sides.");
        }
        int[] staying = new int[memberCount[cluster] - moving.size()];
        int s = 0;
        for (int i = 0; i < memberCount[cluster]; i++) {
            int e = members[cluster][i];
            if (!moving.contains(e)) {
                staying[s++] = e;
            }
        }
        members[cluster] = staying;
        memberCount[cluster] = staying.length;
        int[] moved = part.clone();
        int created = newCluster(moved, moved.length);
        for (int e : moved) {
            clusterOf[e] = created;
        }
        separate(cluster, created);
        return created;
    }

    /** Records that no element of one cluster may ever share a cluster with an element of the other. */
    private void separate(int a, int b) {
        if (a == b) {
            throw new IllegalArgumentException("A cluster cannot be separated from itself.");
        }
        for (int x : members(a)) {
            for (int y : members(b)) {
                separatedFrom.merge(x, new int[] {y}, ClusterPartition::concat);
                separatedFrom.merge(y, new int[] {x}, ClusterPartition::concat);
            }
        }
    }

    private boolean separated(int a, int b) {
        if (separatedFrom.isEmpty()) {
            return false;
        }
        int small = memberCount[a] <= memberCount[b] ? a : b;
        int other = small == a ? b : a;
        for (int i = 0; i < memberCount[small]; i++) {
            int[] partners = separatedFrom.get(members[small][i]);
            if (partners != null) {
                for (int p : partners) {
                    if (clusterOf[p] == other) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private boolean shareGroup(int a, int b) {
        int na = memberCount[a];
        int nb = memberCount[b];
        if ((long) na * nb <= 64) {
            for (int i = 0; i < na; i++) {
                int g = groupOf[members[a][i]];
                for (int j = 0; g != NO_GROUP && j < nb; j++) {
                    if (groupOf[members[b][j]] == g) {
                        return true;
                    }
                }
            }
            return false;
        }
        int small = na <= nb ? a : b;
        int large = small == a ? b : a;
        Set<Integer> groups = new HashSet<>();
        for (int i = 0; i < memberCount[small]; i++) {
            groups.add(groupOf[members[small][i]]);
        }
        groups.remove(NO_GROUP);
        for (int i = 0; i < memberCount[large]; i++) {
            if (groups.contains(groupOf[members[large][i]])) {
                return true;
            }
        }
        return false;
    }

    private int newCluster(int[] initial, int count) {
        int c = clusters++;
        if (c == members.length) {
            members = Arrays.copyOf(members, c * 2);
            memberCount = Arrays.copyOf(memberCount, c * 2);
            successor = Arrays.copyOf(successor, c * 2);
        }
        successor[c] = c;
        members[c] = initial;
        memberCount[c] = count;
        return c;
    }

    private static int[] concat(int[] a, int[] b) {
        int[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
