package eu.cbss.impt.hub.linkage.synthetic;

import java.util.Arrays;

/**
 * Pairwise quality of a clustering against the truth (Christen 2012, ch. 7): a pair of records is
 * predicted when both are in one cluster, true when both describe one child. Pairs are counted from
 * group sizes after sorting, never enumerated, so a million records take a second.
 *
 * @param truePairs pairs of records of the same child
 * @param predictedPairs pairs of records in the same cluster
 * @param correctPairs pairs that are both
 */
public record LinkageQuality(long truePairs, long predictedPairs, long correctPairs) {

    /** Record i describes child {@code truth[i]} and was put in cluster {@code clusters[i]}. */
    public static LinkageQuality of(int[] truth, int[] clusters) {
        if (truth.length != clusters.length) {
            throw new IllegalArgumentException("One truth and one cluster per record.");
        }
        return new LinkageQuality(pairs(truth, null), pairs(clusters, null), pairs(truth, clusters));
    }

    public double precision() {
        return predictedPairs == 0 ? 1.0 : (double) correctPairs / predictedPairs;
    }

    public double recall() {
        return truePairs == 0 ? 1.0 : (double) correctPairs / truePairs;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Σ n(n−1)/2 over the groups of equal labels (or of equal label pairs, with a second labelling). */
    private static long pairs(int[] a, int[] b) {
        long[] keys = new long[a.length];
        for (int i = 0; i < a.length; i++) {
            keys[i] = b == null ? a[i] : (long) a[i] << 32 | (b[i] & 0xFFFF_FFFFL);
        }
        Arrays.sort(keys);
        long pairs = 0;
        for (int start = 0, end; start < keys.length; start = end) {
            end = start + 1;
            while (end < keys.length && keys[end] == keys[start]) {
                end++;
            }
            long n = end - start;
            pairs += n * (n - 1) / 2;
        }
        return pairs;
    }
}
