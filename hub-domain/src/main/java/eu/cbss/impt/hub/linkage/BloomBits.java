package eu.cbss.impt.hub.linkage;

import eu.cbss.impt.hub.pseudonymisation.BloomFilterEncoder;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Base64;

/**
 * A stored Bloom filter ({@link BloomFilterEncoder}, 512 bits) decoded once into eight longs, so
 * that a Dice comparison is eight {@link Long#bitCount} calls instead of two base64 decodings.
 */
public final class BloomBits {

    /** Longs per filter. */
    public static final int WORDS = BloomFilterEncoder.STORED_BITS / Long.SIZE;
    /** Bits per filter. */
    public static final int BITS = BloomFilterEncoder.STORED_BITS;

    private final long[] words;
    private final int cardinality;

    private BloomBits(long[] words) {
        this.words = words;
        this.cardinality = cardinality(words, 0);
    }

    /** Decodes the base64url text kept in {@code child_record.name_dob_bloom}; null stays null. */
    public static BloomBits decode(String base64url) {
        if (base64url == null) {
            return null;
        }
        byte[] bytes = Base64.getUrlDecoder().decode(base64url);
        if (bytes.length != WORDS * Long.BYTES) {
            throw new IllegalArgumentException("Not a stored Bloom filter of " + BloomFilterEncoder.STORED_BITS + " bits.");
        }
        long[] words = new long[WORDS];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asLongBuffer().get(words);
        return new BloomBits(words);
    }

    /** Number of bits set. */
    public int cardinality() {
        return cardinality;
    }

    /** Dice coefficient {@code 2|A∩B| / (|A|+|B|)}, the same value as {@link BloomFilterEncoder#dice}. */
    public double dice(BloomBits other) {
        return dice(words, 0, cardinality, other.words, 0, other.cardinality);
    }

    void copyTo(long[] target, int offset) {
        System.arraycopy(words, 0, target, offset, WORDS);
    }

    static int cardinality(long[] bits, int offset) {
        int n = 0;
        for (int w = 0; w < WORDS; w++) {
            n += Long.bitCount(bits[offset + w]);
        }
        return n;
    }

    /** Dice of two filters stored at {@code a[ao..ao+7]} and {@code b[bo..bo+7]} with known cardinalities. */
    static double dice(long[] a, int ao, int aOnes, long[] b, int bo, int bOnes) {
        int total = aOnes + bOnes;
        return total == 0 ? 0.0 : 2.0 * common(a, ao, b, bo) / total;
    }

    /** Dice of two filters with {@code common} bits in common and the given cardinalities. */
    static double dice(int common, int aOnes, int bOnes) {
        int total = aOnes + bOnes;
        return total == 0 ? 0.0 : 2.0 * common / total;
    }

    static int common(long[] a, int ao, long[] b, int bo) {
        int n = 0;
        for (int w = 0; w < WORDS; w++) {
            n += Long.bitCount(a[ao + w] & b[bo + w]);
        }
        return n;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BloomBits other && Arrays.equals(words, other.words);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(words);
    }

    /** No bits in the text form: a filter is still personal data (docs/privacy.md). */
    @Override
    public String toString() {
        return "BloomBits[" + cardinality + " of " + BloomFilterEncoder.STORED_BITS + " bits set]";
    }
}
