package eu.cbss.impt.hub.linkage;

/**
 * The parameters of child linkage, chosen by measurement ({@code docs/linkage.md}).
 *
 * @param threshold Dice of two Bloom filters from which two records are taken for the same child
 * @param cohesion least Dice between any two filters of two clusters that a link by the filters joins
 *     (complete link), so that clusters do not grow by chaining: A like B, B like C, C unlike A; also
 *     the least Dice of a link by containment
 * @param containment least overlap {@code |A∩B| / min(|A|,|B|)} from which a filter is taken to lie
 *     inside the other: the same child with a name missing from one record
 * @param tables number of bit-sampling tables (Hamming LSH); 0 means exact tokens only
 * @param bitsPerKey bits sampled from the 512 of a filter for one table's key
 */
public record LinkageSettings(double threshold, double cohesion, double containment, int tables, int bitsPerKey) {

    /** The highest whose recall stays above 0.95 on 5,000 to 100,000 synthetic records (docs/linkage.md). */
    public static final double DEFAULT_THRESHOLD = 0.76;
    public static final double DEFAULT_COHESION = 0.65;
    public static final double DEFAULT_CONTAINMENT = 0.85;
    public static final int DEFAULT_TABLES = 60;
    public static final int DEFAULT_BITS_PER_KEY = 20;

    public LinkageSettings {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("The threshold is a Dice coefficient above 0 and at most 1.");
        }
        if (!(cohesion >= 0 && cohesion <= threshold)) {
            throw new IllegalArgumentException("The cohesion is a Dice coefficient from 0 to the threshold.");
        }
        if (!(containment > 0)) {
            throw new IllegalArgumentException("The containment is an overlap above 0; above 1 turns it off.");
        }
        if (tables < 0 || tables > 256) {
            throw new IllegalArgumentException("Between 0 and 256 tables.");
        }
        if (bitsPerKey < 1 || bitsPerKey > 31) {
            throw new IllegalArgumentException("Between 1 and 31 bits per key.");
        }
    }

    public static LinkageSettings defaults() {
        return new LinkageSettings(DEFAULT_THRESHOLD, DEFAULT_COHESION, DEFAULT_CONTAINMENT, DEFAULT_TABLES,
                DEFAULT_BITS_PER_KEY);
    }

    /** Links by equal tokens only, with no Bloom-filter comparison: the baseline of the benchmark. */
    public static LinkageSettings exactTokensOnly() {
        return new LinkageSettings(1.0, 0, 2, 0, DEFAULT_BITS_PER_KEY);
    }

    /** Another threshold; the cohesion keeps its distance below the threshold. */
    public LinkageSettings withThreshold(double value) {
        double moved = Math.round(Math.max(0, value - (threshold - cohesion)) * 1000) / 1000.0;
        return new LinkageSettings(value, moved, containment, tables, bitsPerKey);
    }

    public LinkageSettings withCohesion(double value) {
        return new LinkageSettings(threshold, value, containment, tables, bitsPerKey);
    }

    public LinkageSettings withContainment(double value) {
        return new LinkageSettings(threshold, cohesion, value, tables, bitsPerKey);
    }

    public LinkageSettings withBlocking(int tableCount, int bits) {
        return new LinkageSettings(threshold, cohesion, containment, tableCount, bits);
    }

    /**
     * Whether two filters with {@code common} bits in common and {@code onesA}, {@code onesB} bits set
     * are close enough to link: Dice at or above the threshold, or containment at or above its
     * bound with Dice at or above the cohesion.
     */
    boolean qualifies(int common, int onesA, int onesB) {
        int total = onesA + onesB;
        return 2 * common >= threshold * total
                || (common >= containment * Math.min(onesA, onesB) && 2 * common >= cohesion * total);
    }
}
