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
 * @param near Dice from which another record counts as a near neighbour (a look-alike) of a record
 * @param crowd look-alike children of either record (near neighbours in clusters other than the two
 *     records' own: a common name in one birth year) from which a link by similarity must also keep
 *     within the distance; 0 bounds every such link
 * @param distance most bits set in one filter and not in the other (Hamming distance) of a link by
 *     similarity between crowded records, less {@value #CROWD_STEP} for each further look-alike
 *     ({@link #allowedDistance}); {@value BloomBits#BITS} turns the crowding rule off
 */
public record LinkageSettings(double threshold, double cohesion, double containment, int tables, int bitsPerKey,
        double near, int crowd, int distance) {

    /** The highest whose recall stays above 0.95 on 5,000 to 100,000 synthetic records (docs/linkage.md). */
    public static final double DEFAULT_THRESHOLD = 0.76;
    public static final double DEFAULT_COHESION = 0.65;
    public static final double DEFAULT_CONTAINMENT = 0.85;
    public static final int DEFAULT_TABLES = 60;
    public static final int DEFAULT_BITS_PER_KEY = 20;
    public static final double DEFAULT_NEAR = 0.62;
    /**
     * Dice from which a pair below the threshold is kept as a near miss for coordinators ("possibly the
     * same child"): the band [0.70, threshold) holds most true pairs the threshold misses while keeping
     * the queue short (docs/linkage.md, "Near misses", with the figures of ./hub bench linkage).
     */
    public static final double REVIEW_BAND = 0.70;
    public static final int DEFAULT_CROWD = 1;
    public static final int DEFAULT_DISTANCE = 64;
    /** Bits the allowed distance shrinks by for each further look-alike child... */
    public static final int CROWD_STEP = 4;
    /** ...up to this many steps in all (the bound of a crowd, then three tighter ones). */
    public static final int CROWD_LEVELS = 4;

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
        if (!(near > 0 && near <= threshold)) {
            throw new IllegalArgumentException("A near neighbour is one of a Dice above 0 and at most the threshold.");
        }
        if (crowd < 0) {
            throw new IllegalArgumentException("A crowd is a number of near neighbours, 0 or more.");
        }
        if (distance < 0 || distance > BloomBits.BITS) {
            throw new IllegalArgumentException("The distance is a number of bits from 0 to " + BloomBits.BITS + ".");
        }
    }

    /** Without the crowding rule: every pair at or above the threshold links by similarity. */
    public LinkageSettings(double threshold, double cohesion, double containment, int tables, int bitsPerKey) {
        this(threshold, cohesion, containment, tables, bitsPerKey, threshold, 0, BloomBits.BITS);
    }

    public static LinkageSettings defaults() {
        return new LinkageSettings(DEFAULT_THRESHOLD, DEFAULT_COHESION, DEFAULT_CONTAINMENT, DEFAULT_TABLES,
                DEFAULT_BITS_PER_KEY, DEFAULT_NEAR, DEFAULT_CROWD, DEFAULT_DISTANCE);
    }

    /** Links by equal tokens only, with no Bloom-filter comparison: the baseline of the benchmark. */
    public static LinkageSettings exactTokensOnly() {
        return new LinkageSettings(1.0, 0, 2, 0, DEFAULT_BITS_PER_KEY);
    }

    /** Another threshold; the cohesion keeps its distance below the threshold, the near level stays at most the threshold. */
    public LinkageSettings withThreshold(double value) {
        double moved = Math.round(Math.max(0, value - (threshold - cohesion)) * 1000) / 1000.0;
        return new LinkageSettings(value, moved, containment, tables, bitsPerKey, Math.min(near, value), crowd, distance);
    }

    public LinkageSettings withCohesion(double value) {
        return new LinkageSettings(threshold, value, containment, tables, bitsPerKey, near, crowd, distance);
    }

    public LinkageSettings withContainment(double value) {
        return new LinkageSettings(threshold, cohesion, value, tables, bitsPerKey, near, crowd, distance);
    }

    public LinkageSettings withBlocking(int tableCount, int bits) {
        return new LinkageSettings(threshold, cohesion, containment, tableCount, bits, near, crowd, distance);
    }

    /** Another crowding rule: near level, near neighbours that make a crowd, most distance of a crowded link. */
    public LinkageSettings withCrowding(double nearLevel, int neighbours, int bits) {
        return new LinkageSettings(threshold, cohesion, containment, tables, bitsPerKey, nearLevel, neighbours, bits);
    }

    /** Without the crowding rule. */
    public LinkageSettings withoutCrowding() {
        return withCrowding(threshold, 0, BloomBits.BITS);
    }

    /**
     * Whether two filters with {@code common} bits in common and {@code onesA}, {@code onesB} bits set
     * are close enough to link: Dice at or above the threshold, or containment at or above its
     * bound with Dice at or above the cohesion.
     */
    boolean qualifies(int common, int onesA, int onesB) {
        return 2 * common >= threshold * (onesA + onesB) || contained(common, onesA, onesB);
    }

    /** Whether one filter lies nearly inside the other ({@link LinkBasis#CONTAINMENT}), with Dice at or above the cohesion. */
    boolean contained(int common, int onesA, int onesB) {
        return common >= containment * Math.min(onesA, onesB) && 2 * common >= cohesion * (onesA + onesB);
    }

    /**
     * The most distance of a link by similarity when the more crowded of the two records has
     * {@code lookAlikes} near neighbours in other clusters: no bound below the {@link #crowd}, then
     * {@link #distance}, less {@value #CROWD_STEP} bits for each further look-alike, at most
     * {@value #CROWD_LEVELS} - 1 times.
     */
    int allowedDistance(int lookAlikes) {
        if (lookAlikes < crowd || distance >= BloomBits.BITS) {
            return BloomBits.BITS;
        }
        return distance - CROWD_STEP * Math.min(lookAlikes - crowd, CROWD_LEVELS - 1);
    }

    /** Whether two filters are near neighbours (Dice at or above {@link #near}); a pair that qualifies always is. */
    boolean near(int common, int onesA, int onesB) {
        return 2 * common >= near * (onesA + onesB);
    }

    /**
     * Whether a pair that does not qualify is still close enough for a coordinator to look at: Dice at
     * or above {@link #REVIEW_BAND} (docs/linkage.md, "Near misses").
     */
    boolean inReviewBand(int common, int onesA, int onesB) {
        return 2 * common >= REVIEW_BAND * (onesA + onesB) && !qualifies(common, onesA, onesB);
    }

    /** Whether the scan keeps the pair: it qualifies or the filters are near neighbours. */
    boolean kept(int common, int onesA, int onesB) {
        return near(common, onesA, onesB) || qualifies(common, onesA, onesB);
    }
}
