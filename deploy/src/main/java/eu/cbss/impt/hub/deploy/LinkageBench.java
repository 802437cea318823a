package eu.cbss.impt.hub.deploy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.cbss.impt.hub.linkage.BloomBits;
import eu.cbss.impt.hub.linkage.LinkageIndex;
import eu.cbss.impt.hub.linkage.LinkageOutcome;
import eu.cbss.impt.hub.linkage.LinkageRecord;
import eu.cbss.impt.hub.linkage.LinkageSettings;
import eu.cbss.impt.hub.linkage.Refusal;
import eu.cbss.impt.hub.linkage.synthetic.LinkageQuality;
import eu.cbss.impt.hub.linkage.synthetic.SyntheticChildren;
import eu.cbss.impt.hub.linkage.synthetic.SyntheticChildren.SyntheticRecord;
import eu.cbss.impt.hub.pseudonymisation.BloomFilterEncoder;
import eu.cbss.impt.hub.pseudonymisation.LinkageTokens;
import eu.cbss.impt.hub.pseudonymisation.Pseudonymiser;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * {@code ./hub bench linkage [--records 100000] [--threshold 0.76] [--seed 42] [--incremental 100]}:
 * the child-linkage engine on synthetic records whose truth only this process knows.
 *
 * <ol>
 *   <li>Generates the records ({@link SyntheticChildren}, default error rates) and derives their tokens
 *       with the real {@link Pseudonymiser} under a random key.</li>
 *   <li>Links all but the last {@code incremental} signals in one call (bulk), timed from the stored
 *       tokens: decoding the filters is part of the time.</li>
 *   <li>Links the held-back signals one at a time into the full index and records each latency.</li>
 *   <li>Pairwise precision, recall and F1 of "same cluster" against the truth.</li>
 *   <li>Baselines in the same run: exact tokens only (what the Bloom filters add), and an all-pairs
 *       Dice scan of a sample (what blocking saves), on decoded longs and on base64 text.</li>
 * </ol>
 *
 * <p>Prints its progress on standard error and returns its figures, which {@code ./hub bench linkage}
 * prints as one JSON line on standard output.
 */
public final class LinkageBench {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ALL_PAIRS_SAMPLE = 4_000;
    private static final int TEXT_PAIRS_SAMPLE = 1_000;

    /** The records, column by column: the identifiers are dropped once the tokens are derived. */
    private record Records(UUID[] ids, UUID[] signals, int[] truth, LinkageTokens[] tokens) {
        int size() {
            return ids.length;
        }

        List<LinkageRecord> linkage(int from, int to) {
            List<LinkageRecord> list = new ArrayList<>(to - from);
            for (int i = from; i < to; i++) {
                list.add(LinkageRecord.of(ids[i], signals[i], tokens[i]));
            }
            return list;
        }
    }

    private LinkageBench() {
    }

    /**
     * @param n records to generate, at least 2
     * @param incremental signals held back and linked one at a time, 0 or more
     * @return the figures
     */
    public static ObjectNode run(int n, int incremental, long seed, LinkageSettings settings) {
        say("%,d synthetic child records (seed %d), tokens under a random key, %d cores, heap %d MB", n, seed,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        long t = System.nanoTime();
        Records data = generate(n, seed);
        say("generated and pseudonymised in %.1f s", seconds(t));
        int bulkEnd = heldBackFrom(data, incremental);

        say("bulk: %,d records, threshold %.2f, cohesion %.2f, containment %.2f, %d tables of %d bits;"
                + " crowding: look-alikes from Dice %.2f, from %d of them at most %d bits apart", bulkEnd,
                settings.threshold(), settings.cohesion(), settings.containment(), settings.tables(), settings.bitsPerKey(),
                settings.near(), settings.crowd(), settings.distance());
        long heapBefore = usedHeap();
        LinkageIndex index = new LinkageIndex(settings);
        t = System.nanoTime();
        LinkageOutcome bulk = index.link(data.linkage(0, bulkEnd));
        double bulkSeconds = seconds(t);
        long comparisons = bulk.comparisons();
        double comparisonsPerSecond = comparisons / bulkSeconds;
        Map<Refusal.Reason, Long> refusals = new TreeMap<>(bulk.refusals().stream()
                .collect(Collectors.groupingBy(Refusal::reason, Collectors.counting())));
        say("bulk: %.2f s, %,d comparisons (%.0f per record), %,.0f comparisons/s, %,d links, %,d refusals %s",
                bulkSeconds, comparisons, (double) comparisons / bulkEnd, comparisonsPerSecond, bulk.links().size(),
                bulk.refusals().size(), refusals);
        List<Refusal> missed = bulk.refusals().stream().filter(r -> r.reason().nearMiss()).toList();
        bulk = null; // the links are not needed any more: let the heap figure be the index's
        long indexMb = (usedHeap() - heapBefore) >> 20;

        long[] latencies = incremental(index, data, bulkEnd);
        say("incremental: %d signals one at a time into %,d records: p50 %.2f ms, p95 %.2f ms, max %.2f ms; index ~%d MB",
                latencies.length, bulkEnd, percentileMs(latencies, 50), percentileMs(latencies, 95),
                percentileMs(latencies, 100), indexMb);
        LinkageQuality quality = quality(index, data);
        say("quality: precision %.4f, recall %.4f, F1 %.4f (%,d true pairs, %,d predicted, %,d correct)",
                quality.precision(), quality.recall(), quality.f1(), quality.truePairs(), quality.predictedPairs(),
                quality.correctPairs());
        NearMissFigures review = nearMisses(index, data, missed);
        say("near misses for coordinators (bulk load, review band from Dice %.2f): a queue of %,d pairs of clusters, %,d of them"
                + " the same child; resolving those lifts recall from %.4f to %.4f %s", LinkageSettings.REVIEW_BAND,
                review.queue(), review.truePairs(), quality.recall(), review.withReview().recall(), review.byReason());
        index = null;

        LinkageIndex exact = new LinkageIndex(LinkageSettings.exactTokensOnly());
        t = System.nanoTime();
        exact.link(data.linkage(0, n));
        double exactSeconds = seconds(t);
        LinkageQuality exactQuality = quality(exact, data);
        exact = null;
        say("baseline, exact tokens only: precision %.4f, recall %.4f, F1 %.4f in %.2f s", exactQuality.precision(),
                exactQuality.recall(), exactQuality.f1(), exactSeconds);

        allPairs(data, ALL_PAIRS_SAMPLE / 4, true); // warm-up: let the JIT compile the loop before it is timed
        double longsRate = allPairs(data, ALL_PAIRS_SAMPLE, true);
        double textRate = allPairs(data, TEXT_PAIRS_SAMPLE, false);
        double allPairsSeconds = (double) n * (n - 1) / 2 / longsRate;
        say("baseline, all pairs without blocking: %,.0f Dice/s on decoded longs, %,.0f on base64 text (one thread);"
                + " all pairs of %,d records would take %,.0f s", longsRate, textRate, n, allPairsSeconds);

        ObjectNode j = JSON.createObjectNode();
        j.put("benchmark", "linkage");
        j.put("records", n);
        j.put("threshold", round(settings.threshold(), 3));
        j.put("cohesion", round(settings.cohesion(), 3));
        j.put("containment", round(settings.containment(), 3));
        j.put("tables", settings.tables());
        j.put("bitsPerKey", settings.bitsPerKey());
        j.put("near", round(settings.near(), 3));
        j.put("crowd", settings.crowd());
        j.put("distance", settings.distance());
        j.put("precision", round(quality.precision(), 4));
        j.put("recall", round(quality.recall(), 4));
        j.put("f1", round(quality.f1(), 4));
        j.put("seconds", round(bulkSeconds, 2));
        j.put("bulkRecords", bulkEnd);
        ObjectNode nearMisses = j.putObject("nearMisses");
        nearMisses.put("reviewBand", LinkageSettings.REVIEW_BAND);
        nearMisses.put("queue", review.queue());
        nearMisses.put("sameChild", review.truePairs());
        nearMisses.put("recallWithReview", round(review.withReview().recall(), 4));
        nearMisses.put("recallAdded", round(review.withReview().recall() - quality.recall(), 4));
        ObjectNode byReason = nearMisses.putObject("queueByReason");
        review.byReason().forEach((reason, count) -> byReason.put(reason.name(), count));
        ObjectNode refused = j.putObject("refusals");
        refusals.forEach((reason, count) -> refused.put(reason.name(), count));
        j.put("comparisons", comparisons);
        j.put("comparisonsPerSecond", Math.round(comparisonsPerSecond));
        j.put("incrementalSignals", latencies.length);
        j.put("incrementalP50Ms", round(percentileMs(latencies, 50), 3));
        j.put("incrementalP95Ms", round(percentileMs(latencies, 95), 3));
        j.put("incrementalMaxMs", round(percentileMs(latencies, 100), 3));
        j.put("indexHeapMb", indexMb);
        j.put("baselineExactPrecision", round(exactQuality.precision(), 4));
        j.put("baselineExactRecall", round(exactQuality.recall(), 4));
        j.put("baselineExactF1", round(exactQuality.f1(), 4));
        j.put("baselineExactSeconds", round(exactSeconds, 2));
        j.put("baselineAllPairsDicePerSecond", Math.round(longsRate));
        j.put("baselineAllPairsTextDicePerSecond", Math.round(textRate));
        j.put("baselineAllPairsSeconds", Math.round(allPairsSeconds));
        return j;
    }

    private static Records generate(int n, long seed) {
        List<SyntheticRecord> generated = SyntheticChildren.generate(n, seed, SyntheticChildren.Rates.defaults());
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        LinkageTokens[] tokens = SyntheticChildren.encode(generated, new Pseudonymiser(key));
        Records data = new Records(new UUID[n], new UUID[n], new int[n], tokens);
        for (int i = 0; i < n; i++) {
            SyntheticRecord r = generated.get(i);
            data.ids()[i] = r.id();
            data.signals()[i] = r.signal();
            data.truth()[i] = r.child();
        }
        return data;
    }

    /** Where the last {@code signals} signals start (records of one signal are contiguous). */
    private static int heldBackFrom(Records data, int signals) {
        int i = data.size();
        for (int seen = 0; seen < signals && i > 0; seen++) {
            UUID signal = data.signals()[i - 1];
            while (i > 0 && data.signals()[i - 1].equals(signal)) {
                i--;
            }
        }
        return i;
    }

    /** Links the held-back signals one by one; latencies in ns, sorted. */
    private static long[] incremental(LinkageIndex index, Records data, int from) {
        List<Long> latencies = new ArrayList<>();
        for (int start = from, end; start < data.size(); start = end) {
            end = start + 1;
            while (end < data.size() && data.signals()[end].equals(data.signals()[start])) {
                end++;
            }
            long t = System.nanoTime();
            index.link(data.linkage(start, end));
            latencies.add(System.nanoTime() - t);
        }
        return latencies.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    /**
     * What the coordinators' queue of near misses would hold after the load (one item per pair of clusters
     * the engine refused or found just below the threshold) and the recall if they merged each pair that is
     * truly one child; precision does not move, since a coordinator who looks merges only those.
     */
    record NearMissFigures(long queue, long truePairs, LinkageQuality withReview, Map<Refusal.Reason, Long> byReason) {
    }

    static NearMissFigures nearMisses(LinkageIndex index, Records data, List<Refusal> missed) {
        Map<java.util.UUID, Integer> number = new java.util.HashMap<>(data.size() * 2);
        for (int i = 0; i < data.size(); i++) number.put(data.ids()[i], i);
        int[] clusters = new int[data.size()];
        for (int i = 0; i < clusters.length; i++) clusters[i] = index.clusterOf(data.ids()[i]).value();
        Map<Long, Refusal> queue = new java.util.HashMap<>();
        for (Refusal r : missed) {
            int a = clusters[number.get(r.record())];
            int b = clusters[number.get(r.candidate())];
            if (a == b) continue;
            queue.merge((long) Math.min(a, b) << 32 | Math.max(a, b), r, (x, y) -> y.similarity() > x.similarity() ? y : x);
        }
        Map<Integer, Integer> parent = new java.util.HashMap<>();
        Map<Refusal.Reason, Long> byReason = new TreeMap<>();
        long same = 0;
        for (Map.Entry<Long, Refusal> item : queue.entrySet()) {
            Refusal r = item.getValue();
            byReason.merge(r.reason(), 1L, Long::sum);
            if (data.truth()[number.get(r.record())] == data.truth()[number.get(r.candidate())]) {
                same++;
                int x = root(parent, (int) (item.getKey() >>> 32));
                int y = root(parent, (int) (long) item.getKey());
                if (x != y) parent.put(x, y);
            }
        }
        int[] reviewed = new int[clusters.length];
        for (int i = 0; i < clusters.length; i++) reviewed[i] = root(parent, clusters[i]);
        return new NearMissFigures(queue.size(), same, LinkageQuality.of(data.truth(), reviewed), byReason);
    }

    private static int root(Map<Integer, Integer> parent, int c) {
        int r = c;
        while (parent.containsKey(r)) r = parent.get(r);
        return r;
    }

    private static LinkageQuality quality(LinkageIndex index, Records data) {
        int[] clusters = new int[data.size()];
        for (int i = 0; i < clusters.length; i++) {
            clusters[i] = index.clusterOf(data.ids()[i]).value();
        }
        return LinkageQuality.of(data.truth(), clusters);
    }

    /** Dice comparisons per second over all pairs of the first records with a filter, on one thread. */
    private static double allPairs(Records data, int sample, boolean decoded) {
        List<String> text = new ArrayList<>();
        for (int i = 0; i < data.size() && text.size() < sample; i++) {
            if (data.tokens()[i].nameAndBirthBloom() != null) {
                text.add(data.tokens()[i].nameAndBirthBloom());
            }
        }
        BloomBits[] bits = text.stream().map(BloomBits::decode).toArray(BloomBits[]::new);
        double sink = 0;
        long pairs = 0;
        long t = System.nanoTime();
        for (int a = 0; a < bits.length; a++) {
            for (int b = a + 1; b < bits.length; b++) {
                sink += decoded ? bits[a].dice(bits[b]) : BloomFilterEncoder.dice(text.get(a), text.get(b));
                pairs++;
            }
        }
        double rate = pairs / seconds(t);
        return sink < 0 ? 0 : rate; // the sum keeps the JIT from dropping the loop
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static double percentileMs(long[] sortedNs, double p) {
        if (sortedNs.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(p / 100.0 * sortedNs.length) - 1;
        return sortedNs[Math.max(0, Math.min(i, sortedNs.length - 1))] / 1e6;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static double round(double v, int digits) {
        double scale = Math.pow(10, digits);
        return Double.isNaN(v) ? 0 : Math.round(v * scale) / scale;
    }

    private static void say(String format, Object... args) {
        System.err.println("bench: " + String.format(Locale.ROOT, format, args));
    }
}
