package eu.cbss.impt.hub.linkage;

import static eu.cbss.impt.hub.linkage.BloomBits.WORDS;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * The child-linkage engine: child records of accepted signals in, clusters of records taken for the
 * same child out. In memory, no container, no database; a store of clusters persists its decisions.
 *
 * <p>Each call of {@link #link} adds records and decides, in this order:
 * <ol>
 *   <li>pairs with an equal ID-number or name-and-birth token, in the order the records came;</li>
 *   <li>pairs that share a block of the {@link HammingLsh Hamming LSH} and whose Bloom filters have a
 *       Dice coefficient at or above the threshold, or of which one lies nearly inside the other
 *       ({@link LinkageSettings#qualifies containment}: a name missing from one record), by descending Dice;</li>
 * </ol>
 * each pair joining the two records' clusters unless the records belong to one signal, a record of
 * one cluster and a record of the other carry different ID numbers, the pair links by similarity
 * while other children look like either record and the filters are further apart than the crowd
 * allows ({@link LinkageSettings#allowedDistance}: agreeing on a common name is weak evidence), some
 * two filters across the clusters are less alike than the cohesion, the clusters already hold a
 * record each of one signal (so a child of one signal is matched to at most one child of another,
 * greedily by descending similarity), or a coordinator separated them. Earlier decisions
 * stand: a later, better match does not undo a link (a coordinator can split). The same records in
 * the same order give the same clusters, whatever the number of threads.
 *
 * <p>A large batch (at least 4096 records and an eighth of the index) rebuilds every blocking table
 * in parallel; a smaller one, such as the children of one newly accepted signal, is looked up and
 * added one record at a time. Thread-safe: one call at a time.
 */
public final class LinkageIndex {

    private static final int MIN_BULK = 4096;

    private final LinkageSettings settings;
    private final HammingLsh blocking;
    private final ClusterPartition clusters = new ClusterPartition("Child record");
    private final Chains byIdNumber = new Chains();
    private final Chains byNameAndBirth = new Chains();
    private final Map<UUID, Integer> signals = new HashMap<>();
    private long[] bits = new long[16 * WORDS];
    private int[] ones = new int[16];
    /** Low 64 bits of each record's token fingerprints; the high 64 are the chains' keys. */
    private long[] idCheck = new long[16];
    private long[] nameCheck = new long[16];
    /** High 64 bits of each record's ID-number fingerprint, and whether it has an ID number at all. */
    private long[] idKey = new long[16];
    private boolean[] hasId = new boolean[16];
    /** Each record's near neighbours in the index (Dice at or above {@link LinkageSettings#near}), and how many. */
    private int[][] near = new int[16][];
    private int[] nearCount = new int[16];
    private int size;
    private long comparisons;

    public LinkageIndex(LinkageSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.blocking = settings.tables() == 0 ? null : new HammingLsh(settings.tables(), settings.bitsPerKey());
    }

    public LinkageSettings settings() {
        return settings;
    }

    /** Adds child records (of one signal, or a bulk load of many) and links them. */
    public synchronized LinkageOutcome link(List<LinkageRecord> records) {
        Set<UUID> batch = new HashSet<>();
        for (LinkageRecord r : records) {
            if (clusters.contains(r.id()) || !batch.add(r.id())) {
                throw new IllegalArgumentException("Child record " + r.id() + " is already in the index.");
            }
        }
        int first = size;
        int clusterMark = clusters.clusterCount();
        int retiredMark = clusters.retiredCount();
        Edges edges = new Edges();
        Edges band = new Edges();
        for (LinkageRecord r : records) {
            register(r, edges);
        }
        long compared = similarPairs(first, edges, band);
        comparisons += compared;
        return decide(edges, band, compared, retiredMark, clusterMark);
    }

    public synchronized ClusterId clusterOf(UUID record) {
        return clusters.clusterOf(record);
    }

    public synchronized ChildCluster cluster(ClusterId id) {
        return new ChildCluster(id, clusters.members(id));
    }

    /**
     * A coordinator's split: the named records leave the cluster for a new one, and the two parts are
     * separated for good (a later record resembling both joins one of them, never both).
     */
    public synchronized ChildCluster split(ClusterId id, Collection<UUID> records) {
        return cluster(clusters.split(id, records));
    }

    /** A coordinator's "not the same child": no record of one cluster will ever share a cluster with one of the other. */
    /**
     * A coordinator's "same child": the two clusters become one unless a signal has a child in each
     * (two children of one signal) or a coordinator separated them.
     */
    public synchronized Merging merge(ClusterId a, ClusterId b) {
        return Merging.of(clusters.merge(a, b));
    }

    /** What {@link #merge} would answer, changing nothing. */
    public synchronized Merging mergeable(ClusterId a, ClusterId b) {
        return Merging.of(clusters.mergeable(a, b));
    }

    public synchronized void separate(ClusterId a, ClusterId b) {
        clusters.separate(a, b);
    }

    public synchronized boolean separated(ClusterId a, ClusterId b) {
        return clusters.separated(a, b);
    }

    /** Records in the index. */
    public synchronized int size() {
        return size;
    }

    /** Bloom-filter comparisons made since the index was created. */
    public synchronized long comparisons() {
        return comparisons;
    }

    private void register(LinkageRecord r, Edges edges) {
        int group = signals.computeIfAbsent(r.signal(), s -> signals.size());
        int e = clusters.add(r.id(), group);
        if (e == ones.length) {
            int n = e * 2;
            bits = Arrays.copyOf(bits, n * WORDS);
            ones = Arrays.copyOf(ones, n);
            idCheck = Arrays.copyOf(idCheck, n);
            nameCheck = Arrays.copyOf(nameCheck, n);
            idKey = Arrays.copyOf(idKey, n);
            hasId = Arrays.copyOf(hasId, n);
            nearCount = Arrays.copyOf(nearCount, n);
            near = Arrays.copyOf(near, n);
        }
        if (r.bloom() != null) {
            r.bloom().copyTo(bits, e * WORDS);
            ones[e] = r.bloom().cardinality();
        }
        size++;
        if (r.idNumberToken() != null) {
            hasId[e] = true;
            idKey[e] = fingerprint(r.idNumberToken(), 0xCBF2_9CE4_8422_2325L);
        }
        exactPairs(e, r.idNumberToken(), byIdNumber, idCheck, LinkBasis.ID_NUMBER, edges);
        exactPairs(e, r.nameAndBirthToken(), byNameAndBirth, nameCheck, LinkBasis.NAME_AND_BIRTH, edges);
    }

    /** Pairs the record with every earlier record of an equal token, by a 128-bit fingerprint of the token. */
    private static void exactPairs(int e, String token, Chains chains, long[] check, LinkBasis basis, Edges edges) {
        if (token == null) {
            return;
        }
        long key = fingerprint(token, 0xCBF2_9CE4_8422_2325L);
        check[e] = fingerprint(token, 0x9E37_79B9_7F4A_7C15L);
        for (int other = chains.first(key); other != Chains.NONE; other = chains.next(other)) {
            if (check[other] == check[e]) {
                edges.add(other, e, 1.0, 0, basis, false);
            }
        }
        chains.add(key, e);
    }

    /**
     * A 64-bit hash of a token (FNV-1a from the given basis, then MurmurHash3's finaliser); two
     * bases give 128 bits. Tokens are HMAC outputs that nobody can choose without the hub key, so two
     * different tokens share a fingerprint with a chance of about 2^-128 per pair.
     */
    static long fingerprint(String token, long basis) {
        long h = basis;
        for (int i = 0; i < token.length(); i++) {
            h = (h ^ token.charAt(i)) * 0x0000_0100_0000_01B3L;
        }
        h = (h ^ (h >>> 33)) * 0xFF51_AFD7_ED55_8CCDL;
        h = (h ^ (h >>> 33)) * 0xC4CE_B9FE_1A85_EC53L;
        return h ^ (h >>> 33);
    }

    /** Candidate pairs from blocking that qualify (Dice or containment), added by descending Dice. */
    private long similarPairs(int first, Edges edges, Edges band) {
        if (blocking == null) {
            return 0;
        }
        HammingLsh.Scan scan = size - first >= Math.max(MIN_BULK, first / 8)
                ? blocking.rebuild(bits, ones, withFilter(), first, settings)
                : oneByOne(first);
        LongList pairs = scan.pairs();
        pairs.sortUnique();
        // count the near neighbours of every pair first, so that each decision sees the whole batch
        LongList qualifying = new LongList(Math.max(16, pairs.size()));
        for (int i = 0; i < pairs.size(); i++) {
            int a = (int) (pairs.get(i) >>> 32);
            int b = (int) pairs.get(i);
            int common = BloomBits.common(bits, a * WORDS, bits, b * WORDS);
            if (settings.near(common, ones[a], ones[b])) {
                addNear(a, b);
                addNear(b, a);
            }
            if (settings.qualifies(common, ones[a], ones[b])) {
                qualifying.add(pairs.get(i));
            } else if (settings.inReviewBand(common, ones[a], ones[b])) {
                band.add(a, b, BloomBits.dice(common, ones[a], ones[b]), 0, LinkBasis.SIMILARITY, false);
            }
        }
        double[] dice = new double[qualifying.size()];
        int[] distance = new int[qualifying.size()];
        long[] order = new long[qualifying.size()];
        for (int i = 0; i < qualifying.size(); i++) {
            int a = (int) (qualifying.get(i) >>> 32);
            int b = (int) qualifying.get(i);
            int common = BloomBits.common(bits, a * WORDS, bits, b * WORDS);
            dice[i] = BloomBits.dice(common, ones[a], ones[b]);
            distance[i] = ones[a] + ones[b] - 2 * common;
            // descending Dice, then ascending pair: a total order, so threads cannot change the result
            order[i] = (long) (Integer.MAX_VALUE - Float.floatToIntBits((float) dice[i])) << 32 | i;
        }
        Arrays.sort(order);
        for (long o : order) {
            int i = (int) o;
            int a = (int) (qualifying.get(i) >>> 32);
            int b = (int) qualifying.get(i);
            edges.add(a, b, dice[i], distance[i], dice[i] >= settings.threshold() ? LinkBasis.SIMILARITY : LinkBasis.CONTAINMENT,
                    settings.contained(BloomBits.common(bits, a * WORDS, bits, b * WORDS), ones[a], ones[b]));
        }
        return scan.comparisons();
    }

    private HammingLsh.Scan oneByOne(int first) {
        LongList pairs = new LongList(16);
        LongList candidates = new LongList(256);
        long compared = 0;
        for (int r = first; r < size; r++) {
            if (ones[r] == 0) {
                continue;
            }
            candidates.clear();
            blocking.candidates(bits, r, candidates);
            candidates.sortUnique();
            compared += candidates.size();
            for (int i = 0; i < candidates.size(); i++) {
                int c = (int) candidates.get(i);
                if (settings.kept(BloomBits.common(bits, c * WORDS, bits, r * WORDS), ones[c], ones[r])) {
                    pairs.add((long) c << 32 | r);
                }
            }
            blocking.insert(bits, r);
        }
        blocking.mergeTailIfLarge(bits);
        return new HammingLsh.Scan(pairs, compared);
    }

    private LinkageOutcome decide(Edges edges, Edges band, long compared, int retiredMark, int clusterMark) {
        List<Link> links = new ArrayList<>();
        List<Refusal> refusals = new ArrayList<>();
        Set<Long> refused = new HashSet<>();
        for (int i = 0; i < edges.size; i++) {
            int a = edges.a[i];
            int b = edges.b[i];
            if (clusters.groupOf(a) == clusters.groupOf(b)) {
                refuse(refusals, refused, a, b, edges.similarity[i], Refusal.Reason.SAME_SIGNAL);
                continue;
            }
            if (differentIdNumbers(clusters.clusterOf(a), clusters.clusterOf(b))) {
                refuse(refusals, refused, a, b, edges.similarity[i], Refusal.Reason.DIFFERENT_ID_NUMBER);
                continue;
            }
            LinkBasis basis = edges.basis[i];
            if (basis == LinkBasis.SIMILARITY && edges.distance[i] > allowedDistance(a, b)) {
                if (!edges.contained[i]) {
                    refuse(refusals, refused, a, b, edges.similarity[i], Refusal.Reason.AMBIGUOUS);
                    continue;
                }
                basis = LinkBasis.CONTAINMENT; // too far for a crowded pair, but a name missing from one filter
            }
            if (!edges.exact(i) && !cohesive(clusters.clusterOf(a), clusters.clusterOf(b))) {
                refuse(refusals, refused, a, b, edges.similarity[i], Refusal.Reason.NOT_COHESIVE);
            } else {
                switch (clusters.merge(a, b)) {
                    case MERGED -> links.add(new Link(clusters.id(b), clusters.id(a), edges.similarity[i], basis));
                    case SAME_GROUP -> refuse(refusals, refused, a, b, edges.similarity[i], Refusal.Reason.ONE_TO_ONE);
                    case SEPARATED -> refuse(refusals, refused, a, b, edges.similarity[i], Refusal.Reason.NOT_THE_SAME_CHILD);
                    case ALREADY -> {
                        // linked before, through another pair
                    }
                }
            }
        }
        for (int i = 0; i < band.size; i++) {
            int a = band.a[i];
            int b = band.b[i];
            ClusterId ca = new ClusterId(clusters.clusterOf(a));
            ClusterId cb = new ClusterId(clusters.clusterOf(b));
            if (!ca.equals(cb) && clusters.groupOf(a) != clusters.groupOf(b) && !clusters.separated(ca, cb)) {
                refuse(refusals, refused, a, b, band.similarity[i], Refusal.Reason.BELOW_THRESHOLD);
            }
        }
        return new LinkageOutcome(links, refusals, clusters.absorbedSince(retiredMark, clusterMark), compared);
    }

    /**
     * The most distance a link by similarity between the two records may have now: the other
     * children that look like either record (near neighbours in clusters other than the two records'
     * own) make agreement on the name weaker evidence, so the filters must agree more closely
     * ({@link LinkageSettings#allowedDistance}).
     */
    private int allowedDistance(int a, int b) {
        if (settings.distance() >= BloomBits.BITS) {
            return BloomBits.BITS;
        }
        int x = clusters.clusterOf(a);
        int y = clusters.clusterOf(b);
        int enough = settings.crowd() + LinkageSettings.CROWD_LEVELS - 1;
        return settings.allowedDistance(Math.max(lookAlikes(a, x, y, enough), lookAlikes(b, x, y, enough)));
    }

    private void addNear(int record, int neighbour) {
        int n = nearCount[record];
        if (near[record] == null) {
            near[record] = new int[2];
        } else if (n == near[record].length) {
            near[record] = Arrays.copyOf(near[record], n * 2);
        }
        near[record][n] = neighbour;
        nearCount[record] = n + 1;
    }

    /** The clusters other than x and y that hold a near neighbour of the record, counted up to {@code enough}. */
    private int lookAlikes(int record, int x, int y, int enough) {
        int found = 0;
        int[] seen = new int[Math.min(enough, nearCount[record])];
        for (int i = 0; i < nearCount[record] && found < enough; i++) {
            int c = clusters.clusterOf(near[record][i]);
            boolean counted = c == x || c == y;
            for (int j = 0; j < found && !counted; j++) {
                counted = seen[j] == c;
            }
            if (!counted) {
                seen[found++] = c;
            }
        }
        return found;
    }

    /**
     * Whether a record of one cluster and a record of the other carry different ID numbers (complete
     * link, like the cohesion): one child has one ID number, so they are two children.
     */
    private boolean differentIdNumbers(int x, int y) {
        if (x == y) {
            return false;
        }
        int[] ys = clusters.members(y);
        for (int a : clusters.members(x)) {
            if (hasId[a]) {
                for (int b : ys) {
                    if (hasId[b] && (idKey[a] != idKey[b] || idCheck[a] != idCheck[b])) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Complete link: every two filters across the clusters reach the cohesion (records without a filter do not count). */
    private boolean cohesive(int x, int y) {
        if (x == y) {
            return true;
        }
        for (int a : clusters.members(x)) {
            for (int b : clusters.members(y)) {
                if (ones[a] > 0 && ones[b] > 0 && dice(a, b) < settings.cohesion()) {
                    return false;
                }
            }
        }
        return true;
    }

    private void refuse(List<Refusal> refusals, Set<Long> refused, int a, int b, double similarity, Refusal.Reason reason) {
        if (refused.add((long) a << 32 | b)) {
            refusals.add(new Refusal(clusters.id(b), clusters.id(a), similarity, reason));
        }
    }

    private double dice(int a, int b) {
        return BloomBits.dice(bits, a * WORDS, ones[a], bits, b * WORDS, ones[b]);
    }

    private int[] withFilter() {
        return IntStream.range(0, size).filter(r -> ones[r] > 0).toArray();
    }

    /** Pairs to decide, in decision order: record a was added before record b. */
    private static final class Edges {
        int[] a = new int[64];
        int[] b = new int[64];
        double[] similarity = new double[64];
        int[] distance = new int[64];
        LinkBasis[] basis = new LinkBasis[64];
        boolean[] contained = new boolean[64];
        int size;

        void add(int first, int second, double dice, int bits, LinkBasis why, boolean inside) {
            if (size == a.length) {
                a = Arrays.copyOf(a, size * 2);
                b = Arrays.copyOf(b, size * 2);
                similarity = Arrays.copyOf(similarity, size * 2);
                distance = Arrays.copyOf(distance, size * 2);
                basis = Arrays.copyOf(basis, size * 2);
                contained = Arrays.copyOf(contained, size * 2);
            }
            contained[size] = inside;
            a[size] = first;
            b[size] = second;
            similarity[size] = dice;
            distance[size] = bits;
            basis[size++] = why;
        }

        boolean exact(int i) {
            return basis[i] == LinkBasis.ID_NUMBER || basis[i] == LinkBasis.NAME_AND_BIRTH;
        }
    }
}
