package eu.cbss.impt.hub.linkage;

import java.util.Arrays;

/**
 * A multimap from long keys to increasing int values (record or slot numbers), kept as one
 * open-addressing table of chain heads and one array of "next" links: about 16 bytes per key and 4
 * per value, where a {@code HashMap<Long, List<Integer>>} would take ten times as much.
 */
final class Chains {

    static final int NONE = -1;

    private long[] keys = new long[16];
    private int[] heads = filled(16);
    private int used;
    private int[] next = new int[16];

    /** Puts a value in front of the key's chain; each value at most once. */
    void add(long key, int value) {
        if (value >= next.length) {
            next = Arrays.copyOf(next, Math.max(value + 1, next.length * 2));
        }
        if ((used + 1) * 2 > keys.length) {
            grow();
        }
        int slot = slot(key);
        if (heads[slot] == NONE) {
            keys[slot] = key;
            used++;
        }
        next[value] = heads[slot];
        heads[slot] = value;
    }

    /** The newest value of the key, or {@link #NONE}. */
    int first(long key) {
        return heads[slot(key)];
    }

    /** The value added to the same key before this one, or {@link #NONE}. */
    int next(int value) {
        return next[value];
    }

    private int slot(long key) {
        int mask = keys.length - 1;
        int i = (int) ((key * 0x9E3779B97F4A7C15L) >>> 32) & mask;
        while (heads[i] != NONE && keys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldHeads = heads;
        keys = new long[oldKeys.length * 2];
        heads = filled(oldKeys.length * 2);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldHeads[i] != NONE) {
                int slot = slot(oldKeys[i]);
                keys[slot] = oldKeys[i];
                heads[slot] = oldHeads[i];
            }
        }
    }

    private static int[] filled(int length) {
        int[] a = new int[length];
        Arrays.fill(a, NONE);
        return a;
    }
}
