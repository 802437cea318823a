package eu.cbss.impt.hub.mse;

import eu.cbss.impt.hub.validation.InvalidInput;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How many cases each combination of lists saw: the input of multiple systems estimation.
 *
 * <p>A combination is a capture pattern, a bit set over the lists (bit {@code i}: the case is on
 * list {@code i}). The empty pattern, cases on no list, is never in a table: it is what the
 * estimate is for. Patterns not counted hold zero cases.
 */
public final class OverlapTable {

    public static final int MIN_LISTS = 3;
    /** 2^10 - 1 = 1,023 cells; beyond that the stepwise search is slow and the table hopelessly sparse. */
    public static final int MAX_LISTS = 10;

    private final List<String> lists;
    private final long[] counts;
    private final List<String> notes;

    private OverlapTable(List<String> lists, long[] counts, List<String> notes) {
        this.lists = List.copyOf(lists);
        this.counts = counts;
        this.notes = List.copyOf(notes);
    }

    /** A table over these lists (3 to 10 distinct names), to be filled case group by case group. */
    public static Builder over(List<String> lists) {
        return new Builder(lists);
    }

    public List<String> lists() {
        return lists;
    }

    public int listCount() {
        return lists.size();
    }

    /** The highest pattern; patterns run from 1 (first list only) to this (every list). */
    public int lastPattern() {
        return (1 << lists.size()) - 1;
    }

    public long count(int pattern) {
        return counts[pattern];
    }

    /** Every case seen on at least one list. */
    public long observed() {
        long sum = 0;
        for (long c : counts) sum += c;
        return sum;
    }

    /** Cases on list {@code list}, whatever else they are on. */
    public long onList(int list) {
        return sumWhere(1 << list);
    }

    /** Cases on both lists, whatever else they are on: zero means the two lists never overlap. */
    public long onBoth(int first, int second) {
        return sumWhere((1 << first) | (1 << second));
    }

    /** Cases on more than one list: the overlaps the whole estimate rests on. */
    public long onSeveralLists() {
        long sum = 0;
        for (int p = 1; p <= lastPattern(); p++) {
            if (Integer.bitCount(p) > 1) sum += counts[p];
        }
        return sum;
    }

    /** Patterns with at least one case. */
    public int nonEmptyCells() {
        int n = 0;
        for (int p = 1; p <= lastPattern(); p++) {
            if (counts[p] > 0) n++;
        }
        return n;
    }

    /** The same lists with other counts (a resample), indexed by pattern; no notes. */
    OverlapTable withCounts(long[] resampled) {
        if (resampled.length != counts.length || resampled[0] != 0) throw new IllegalArgumentException("Counts by pattern, none for pattern 0.");
        return new OverlapTable(lists, resampled.clone(), List.of());
    }

    /** The patterns with at least one case. */
    BitSet support() {
        BitSet support = new BitSet(counts.length);
        for (int p = 1; p <= lastPattern(); p++) {
            if (counts[p] > 0) support.set(p);
        }
        return support;
    }

    /** What was adjusted while the table was built (rows summed or ignored), in plain words. */
    public List<String> notes() {
        return notes;
    }

    private long sumWhere(int mask) {
        long sum = 0;
        for (int p = 1; p <= lastPattern(); p++) {
            if ((p & mask) == mask) sum += counts[p];
        }
        return sum;
    }

    /** Collects counts by pattern; repeated patterns add up, as SparseMSE's {@code tidylists} does. */
    public static final class Builder {

        private final List<String> lists;
        private final long[] counts;
        private final List<String> notes = new ArrayList<>();

        private Builder(List<String> lists) {
            if (lists.size() < MIN_LISTS || lists.size() > MAX_LISTS) {
                throw new InvalidInput("lists", "Multiple systems estimation needs " + MIN_LISTS + " to " + MAX_LISTS
                        + " lists; there are " + lists.size() + ".");
            }
            Set<String> seen = new HashSet<>();
            for (String name : lists) {
                if (name == null || name.isBlank()) throw new InvalidInput("lists", "Every list needs a name.");
                if (!seen.add(name)) throw new InvalidInput("lists", "The list name " + name + " is used twice.");
            }
            this.lists = List.copyOf(lists);
            this.counts = new long[1 << lists.size()];
        }

        /** Adds {@code cases} seen on exactly the lists of {@code pattern}. */
        public Builder add(int pattern, long cases) {
            if (pattern <= 0 || pattern >= counts.length) {
                throw new IllegalArgumentException("No such pattern over " + lists.size() + " lists: " + pattern);
            }
            if (cases < 0) throw new InvalidInput("count", "A number of cases cannot be negative.");
            counts[pattern] = Math.addExact(counts[pattern], cases);
            return this;
        }

        /** Adds {@code cases} seen on exactly the named lists, as a cluster of records does. */
        public Builder add(Set<String> seenOn, long cases) {
            int pattern = 0;
            for (String name : seenOn) {
                int i = lists.indexOf(name);
                if (i < 0) throw new InvalidInput("lists", "There is no list named " + name + ".");
                pattern |= 1 << i;
            }
            if (pattern == 0) throw new InvalidInput("lists", "A case must be on at least one list.");
            return add(pattern, cases);
        }

        Builder note(String note) {
            notes.add(note);
            return this;
        }

        public OverlapTable build() {
            OverlapTable table = new OverlapTable(lists, counts.clone(), notes);
            if (table.observed() == 0) throw new InvalidInput("count", "The table counts no cases.");
            return table;
        }
    }
}
