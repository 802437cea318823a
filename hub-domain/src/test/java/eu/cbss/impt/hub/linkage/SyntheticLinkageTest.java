package eu.cbss.impt.hub.linkage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.cbss.impt.hub.linkage.synthetic.LinkageQuality;
import eu.cbss.impt.hub.linkage.synthetic.SyntheticChildren;
import eu.cbss.impt.hub.pseudonymisation.LinkageTokens;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The engine on 20,000 synthetic records with known truth: a regression in quality fails the build. */
class SyntheticLinkageTest {

    private static final int RECORDS = 20_000;
    private static List<LinkageRecord> records;
    private static int[] truth;
    private static int[] bulk;
    private static int[] signalBySignal;

    @BeforeAll
    static void generate() {
        List<SyntheticChildren.SyntheticRecord> generated =
                SyntheticChildren.generate(RECORDS, 7, SyntheticChildren.Rates.defaults());
        LinkageTokens[] tokens = SyntheticChildren.encode(generated, Children.PSEUDONYMISER);
        records = new ArrayList<>();
        truth = new int[RECORDS];
        for (int i = 0; i < RECORDS; i++) {
            records.add(LinkageRecord.of(generated.get(i).id(), generated.get(i).signal(), tokens[i]));
            truth[i] = generated.get(i).child();
        }
    }

    private static int[] clusters(LinkageIndex index) {
        return records.stream().mapToInt(r -> index.clusterOf(r.id()).value()).toArray();
    }

    private static int[] linkedInBulk(LinkageSettings settings) {
        LinkageIndex index = new LinkageIndex(settings);
        index.link(records);
        return clusters(index);
    }

    private static int[] linkedSignalBySignal() {
        LinkageIndex index = new LinkageIndex(LinkageSettings.defaults());
        for (int start = 0, end; start < records.size(); start = end) {
            end = start + 1;
            while (end < records.size() && records.get(end).signal().equals(records.get(start).signal())) {
                end++;
            }
            index.link(records.subList(start, end));
        }
        return clusters(index);
    }

    private static void assertAtLeast95(LinkageQuality q, String how) {
        System.out.printf(Locale.ROOT, "SyntheticLinkageTest: %s: precision %.4f, recall %.4f%n", how, q.precision(), q.recall());
        assertTrue(q.precision() >= 0.95 && q.recall() >= 0.95,
                how + ": precision " + q.precision() + ", recall " + q.recall());
    }

    private static synchronized int[] bulk() {
        if (bulk == null) {
            bulk = linkedInBulk(LinkageSettings.defaults());
        }
        return bulk;
    }

    private static synchronized int[] signalBySignal() {
        if (signalBySignal == null) {
            signalBySignal = linkedSignalBySignal();
        }
        return signalBySignal;
    }

    @Test
    void bulkLinkageFindsTheSameChildrenWithPrecisionAndRecallOfAtLeast95() {
        assertAtLeast95(LinkageQuality.of(truth, bulk()), "bulk");
    }

    @Test
    void linkingOneSignalAtATimeIsAsGood() {
        assertAtLeast95(LinkageQuality.of(truth, signalBySignal()), "one signal at a time");
    }

    @Test
    void theBloomFiltersFindFarMoreThanExactTokens() {
        LinkageQuality exact = LinkageQuality.of(truth, linkedInBulk(LinkageSettings.exactTokensOnly()));
        LinkageQuality bloom = LinkageQuality.of(truth, bulk());
        assertTrue(exact.recall() < 0.8 && bloom.recall() > exact.recall() + 0.2, exact + " vs " + bloom);
    }

    @Test
    void theSameRecordsInTheSameOrderGiveTheSameClusters() {
        assertArrayEquals(bulk(), linkedInBulk(LinkageSettings.defaults()));
        assertArrayEquals(signalBySignal(), linkedSignalBySignal());
    }

    @Test
    void blockingPutsNearlyEveryCloseTruePairInACommonBlock() {
        HammingLsh lsh = new HammingLsh(LinkageSettings.DEFAULT_TABLES, LinkageSettings.DEFAULT_BITS_PER_KEY);
        long[] bits = new long[RECORDS * BloomBits.WORDS];
        for (int i = 0; i < RECORDS; i++) {
            if (records.get(i).bloom() != null) {
                records.get(i).bloom().copyTo(bits, i * BloomBits.WORDS);
            }
        }
        Map<Integer, List<Integer>> byChild = new HashMap<>();
        for (int i = 0; i < RECORDS; i++) {
            if (records.get(i).bloom() != null) {
                byChild.computeIfAbsent(truth[i], c -> new ArrayList<>()).add(i);
            }
        }
        int close = 0;
        int blocked = 0;
        for (List<Integer> same : byChild.values()) {
            for (int x = 0; x < same.size(); x++) {
                for (int y = x + 1; y < same.size(); y++) {
                    int a = same.get(x);
                    int b = same.get(y);
                    if (records.get(a).bloom().dice(records.get(b).bloom()) >= LinkageSettings.DEFAULT_THRESHOLD) {
                        close++;
                        boolean shared = false;
                        for (int t = 0; t < lsh.tables() && !shared; t++) {
                            shared = lsh.key(bits, a, t) == lsh.key(bits, b, t);
                        }
                        blocked += shared ? 1 : 0;
                    }
                }
            }
        }
        assertTrue(blocked >= 0.99 * close, blocked + " of " + close + " close true pairs share a block");
    }
}
