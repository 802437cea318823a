package eu.cbss.impt.hub.linkage;

import static eu.cbss.impt.hub.linkage.BloomBits.WORDS;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Blocking by Hamming locality-sensitive hashing, bit sampling (Karapiperis &amp; Verykios 2015):
 * each of L tables reads k fixed positions of the 512 stored bits, and records whose k bits agree
 * share a block. Filters at Hamming distance d agree in one table with probability (1 − d/512)^k,
 * so two versions of one child (d ≈ 20 to 80) meet in at least one table almost surely, and
 * different children (d ≈ 180 to 220) rarely meet: at a million records each is compared with about
 * 800 others instead of a million (docs/linkage.md: how that grows). It needs nothing but the
 * filters, so it works with the year-of-birth salt.
 *
 * <p>Each table is a sorted array of {@code key << 32 | record} for the records present at the last
 * rebuild, plus a hash "tail" of the records added one at a time since; the tail is merged in when it
 * passes an eighth of the table. Only records with a filter are in the tables.
 */
final class HammingLsh {

    /** Any fixed seed will do: the stored bits are already in a keyed random order. */
    private static final long SAMPLING_SEED = 0x2015_4b1e_5d0c_ad5eL;
    private static final int MIN_TAIL = 4096;
    /** Up to 2^22 blocks a table is sorted by counting (linear, 16 MB of counters); above, by comparison. */
    private static final int COUNTING_SORT_MAX_BITS = 22;

    /** Candidate pairs {@code a << 32 | b} (a &lt; b) that the rule {@link LinkageSettings#kept keeps} (they qualify, or are near neighbours), some repeated, and the comparisons made. */
    record Scan(LongList pairs, long comparisons) {
    }

    private final int bitsPerKey;
    private final int[][] positions;
    private long[][] sorted;
    private int sortedCount;
    private Chains[] tail;
    private int[] tailRecords = new int[16];
    private int tailCount;

    HammingLsh(int tables, int bitsPerKey) {
        this.bitsPerKey = bitsPerKey;
        SplittableRandom random = new SplittableRandom(SAMPLING_SEED);
        positions = new int[tables][];
        for (int t = 0; t < tables; t++) {
            int[] all = IntStream.range(0, WORDS * Long.SIZE).toArray();
            for (int j = 0; j < bitsPerKey; j++) { // partial Fisher–Yates: k distinct positions
                int r = j + random.nextInt(all.length - j);
                int swap = all[j];
                all[j] = all[r];
                all[r] = swap;
            }
            positions[t] = Arrays.copyOf(all, bitsPerKey);
        }
        sorted = new long[tables][0];
        tail = newTail(tables);
    }

    int tables() {
        return positions.length;
    }

    /** The record's key in one table: its sampled bits. */
    int key(long[] bits, int record, int table) {
        int[] p = positions[table];
        int base = record * WORDS;
        int key = 0;
        for (int j = 0; j < p.length; j++) {
            key |= (int) ((bits[base + (p[j] >>> 6)] >>> p[j]) & 1L) << j;
        }
        return key;
    }

    /**
     * Rebuilds every table over the given records (ascending) and, within each block, compares the
     * pairs in which at least one record is {@code firstNew} or later and keeps those that qualify
     * or are near neighbours under the rule. Tables are built in parallel.
     */
    Scan rebuild(long[] bits, int[] ones, int[] records, int firstNew, LinkageSettings rule) {
        Scan[] scans = new Scan[positions.length];
        IntStream.range(0, positions.length).parallel()
                .forEach(t -> scans[t] = buildAndScan(t, bits, ones, records, firstNew, rule));
        sortedCount = records.length;
        tail = newTail(positions.length);
        tailCount = 0;
        LongList pairs = new LongList(1024);
        long comparisons = 0;
        for (Scan s : scans) {
            pairs.addAll(s.pairs());
            comparisons += s.comparisons();
        }
        return new Scan(pairs, comparisons);
    }

    /** Adds every record sharing a block with this one (it is not in the tables yet) to {@code out}. */
    void candidates(long[] bits, int record, LongList out) {
        for (int t = 0; t < positions.length; t++) {
            int key = key(bits, record, t);
            long[] table = sorted[t];
            for (int i = lowerBound(table, sortedCount, (long) key << 32); i < sortedCount && (int) (table[i] >>> 32) == key; i++) {
                out.add((int) table[i]);
            }
            for (int slot = tail[t].first(key); slot != Chains.NONE; slot = tail[t].next(slot)) {
                out.add(tailRecords[slot]);
            }
        }
    }

    /** Puts one record into the tail of every table. */
    void insert(long[] bits, int record) {
        int slot = tailCount++;
        if (slot == tailRecords.length) {
            tailRecords = Arrays.copyOf(tailRecords, slot * 2);
        }
        tailRecords[slot] = record;
        for (int t = 0; t < positions.length; t++) {
            tail[t].add(key(bits, record, t), slot);
        }
    }

    /** Merges the tail into the sorted tables once it is large enough to slow look-ups: O(n) per table, rarely. */
    void mergeTailIfLarge(long[] bits) {
        if (tailCount <= Math.max(MIN_TAIL, sortedCount / 8)) {
            return;
        }
        IntStream.range(0, positions.length).parallel().forEach(t -> {
            long[] added = new long[tailCount];
            for (int s = 0; s < tailCount; s++) {
                added[s] = (long) key(bits, tailRecords[s], t) << 32 | tailRecords[s];
            }
            Arrays.sort(added);
            long[] merged = new long[sortedCount + tailCount];
            long[] old = sorted[t];
            int i = 0;
            int j = 0;
            for (int k = 0; k < merged.length; k++) {
                merged[k] = j >= added.length || (i < sortedCount && old[i] < added[j]) ? old[i++] : added[j++];
            }
            sorted[t] = merged;
        });
        sortedCount += tailCount;
        tail = newTail(positions.length);
        tailCount = 0;
    }

    private Scan buildAndScan(int t, long[] bits, int[] ones, int[] records, int firstNew, LinkageSettings rule) {
        long[] entries = sortedEntries(t, bits, records);
        sorted[t] = entries;
        LongList pairs = new LongList(1024);
        long comparisons = 0;
        long[] block = new long[64 * WORDS];
        for (int start = 0, end; start < entries.length; start = end) {
            int key = (int) (entries[start] >>> 32);
            end = start + 1;
            int firstNewAt = (int) entries[start] >= firstNew ? start : -1;
            while (end < entries.length && (int) (entries[end] >>> 32) == key) {
                if (firstNewAt < 0 && (int) entries[end] >= firstNew) {
                    firstNewAt = end;
                }
                end++;
            }
            if (end - start < 2 || firstNewAt < 0) {
                continue;
            }
            // Copy the block's filters side by side: one cache miss per record instead of one per pair.
            int n = end - start;
            if (n * WORDS > block.length) {
                block = new long[n * WORDS];
            }
            for (int i = 0; i < n; i++) {
                System.arraycopy(bits, (int) entries[start + i] * WORDS, block, i * WORDS, WORDS);
            }
            for (int i = 0; i < n; i++) {
                int a = (int) entries[start + i];
                int from = Math.max(i + 1, firstNewAt - start);
                comparisons += n - from;
                for (int j = from; j < n; j++) {
                    int b = (int) entries[start + j];
                    int common = BloomBits.common(block, i * WORDS, block, j * WORDS);
                    // equal filters meet in every table: keep them from the first only
                    boolean equal = common == ones[a] && common == ones[b];
                    if (rule.kept(common, ones[a], ones[b]) && (t == 0 || !equal)) {
                        pairs.add((long) a << 32 | b);
                    }
                }
            }
        }
        return new Scan(pairs, comparisons);
    }

    /** {@code key << 32 | record} for the records (ascending) in one table, sorted: by key, then record. */
    private long[] sortedEntries(int t, long[] bits, int[] records) {
        long[] entries = new long[records.length];
        if (bitsPerKey > COUNTING_SORT_MAX_BITS) {
            for (int i = 0; i < records.length; i++) {
                entries[i] = (long) key(bits, records[i], t) << 32 | records[i];
            }
            Arrays.sort(entries);
            return entries;
        }
        int[] keys = new int[records.length];
        int[] next = new int[(1 << bitsPerKey) + 1];
        for (int i = 0; i < records.length; i++) {
            keys[i] = key(bits, records[i], t);
            next[keys[i] + 1]++;
        }
        for (int k = 1; k < next.length; k++) {
            next[k] += next[k - 1];
        }
        for (int i = 0; i < records.length; i++) { // stable: records stay ascending within a key
            entries[next[keys[i]]++] = (long) keys[i] << 32 | records[i];
        }
        return entries;
    }

    private static int lowerBound(long[] table, int size, long value) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (table[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static Chains[] newTail(int tables) {
        Chains[] chains = new Chains[tables];
        for (int t = 0; t < tables; t++) {
            chains[t] = new Chains();
        }
        return chains;
    }
}
