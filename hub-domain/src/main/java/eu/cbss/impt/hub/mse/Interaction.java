package eu.cbss.impt.hub.mse;

/**
 * A two-list interaction: cases on list {@code first} are more (or less) likely to be on list
 * {@code second} than independence would say. Named as in R's formulas, such as {@code LA:NG}.
 */
public record Interaction(int first, int second, String name) {

    public Interaction {
        if (first < 0 || second <= first) throw new IllegalArgumentException("An interaction joins two lists, first < second.");
    }

    static Interaction of(OverlapTable table, int first, int second) {
        return new Interaction(first, second, table.lists().get(first) + ":" + table.lists().get(second));
    }

    /** The patterns in which a case is on both lists. */
    int mask() {
        return (1 << first) | (1 << second);
    }

    boolean joins(int pattern) {
        return (pattern & mask()) == mask();
    }
}
