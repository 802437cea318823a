package eu.cbss.impt.hub.pseudonymisation;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.LocalDate;
import java.util.Base64;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Error-tolerant linkage token: a hardened, keyed, salted record-level Bloom filter of a child's
 * name and date of birth, in the manner of the Cryptographic Long-term Key (Schnell, Bachteler &amp;
 * Reiher 2009; 2011). Two filters of the same child written with a typo, a missing accent or the
 * names in the other order are close under the {@link #dice Dice coefficient}; filters of different
 * children are not. See {@code docs/privacy.md}, "Bloom-filter encoding", for the parameters and the
 * literature they come from.
 *
 * <ol>
 *   <li>Features: the character bigrams of the normalised given name and family name, each padded
 *       with a space at both ends, pooled into one set (so that the order of the names does not
 *       matter); plus the day ({@code d:05}) and the month ({@code m:03}) of birth. The year of birth
 *       is not a feature: it is the salt.</li>
 *   <li>Salting: every feature is hashed together with the year of birth, so filters of different
 *       birth years share no structure and cannot be compared, and a frequency attack must work
 *       cohort by cohort.</li>
 *   <li>Hashing: {@value #K_NAME} positions per name bigram and {@value #K_DATE} per day or month,
 *       by double hashing {@code (h1 + i·h2) mod 1024} (Kirsch &amp; Mitzenmacher) with {@code h1},
 *       {@code h2} from HMAC-SHA256 under two keys derived from the hub's secret.</li>
 *   <li>A permutation of the 1024 positions, keyed by a third derived key, so that the arithmetic
 *       progressions of double hashing are not visible (the pattern attack of Niedermeyer et al.
 *       2014) and the pairing done by the folding is secret.</li>
 *   <li>Hardening by XOR-folding (Schnell, Borgs &amp; Encarnação 2016): bit {@code j} of the stored
 *       filter is bit {@code j} XOR bit {@code j + 512} of the 1024-bit filter. No stored bit is the
 *       footprint of a single bigram any more.</li>
 * </ol>
 *
 * Stateless apart from its derived keys; safe to share between threads.
 */
public final class BloomFilterEncoder {

    /** Length of the Bloom filter before folding, in bits. */
    public static final int FILTER_BITS = 1024;
    /** Length of the stored (XOR-folded) filter, in bits. */
    public static final int STORED_BITS = FILTER_BITS / 2;
    /** Length of the stored filter as unpadded base64url text: 64 bytes give 86 characters. */
    public static final int ENCODED_LENGTH = (STORED_BITS / 8 * 4 + 2) / 3;
    /** Hash functions per name bigram. */
    public static final int K_NAME = 10;
    /** Hash functions for the day and for the month of birth. */
    public static final int K_DATE = 20;

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key1;
    private final SecretKeySpec key2;
    private final int[] permutation;

    /** Derives the encoder's keys from the hub's secret; the secret itself is not kept. */
    public BloomFilterEncoder(byte[] hubSecret) {
        if (hubSecret == null || hubSecret.length < 32) {
            throw new IllegalArgumentException("The pseudonymisation key must hold at least 256 bits.");
        }
        SecretKeySpec secret = new SecretKeySpec(hubSecret, ALGORITHM);
        this.key1 = new SecretKeySpec(hmac(secret, "bloom-key-1"), ALGORITHM);
        this.key2 = new SecretKeySpec(hmac(secret, "bloom-key-2"), ALGORITHM);
        this.permutation = keyedPermutation(new SecretKeySpec(hmac(secret, "bloom-permutation"), ALGORITHM));
    }

    /**
     * Whether the identifiers carry the minimum for a filter: a family name and a date of birth
     * (its year is the salt). The given name is optional.
     */
    static boolean encodable(ChildIdentifiers identifiers) {
        return identifiers != null && identifiers.dateOfBirth() != null
                && identifiers.familyName() != null && !Pseudonymiser.normaliseName(identifiers.familyName()).isEmpty();
    }

    /** The filter of the given identifiers as base64url text of {@value #ENCODED_LENGTH} characters, or null. */
    public String encode(ChildIdentifiers identifiers) {
        if (!encodable(identifiers)) {
            return null;
        }
        Map<String, Integer> features = features(identifiers);
        String salt = Integer.toString(identifiers.dateOfBirth().getYear());
        Mac mac1 = mac(key1);
        Mac mac2 = mac(key2);
        BitSet filter = new BitSet(FILTER_BITS);
        for (Map.Entry<String, Integer> feature : features.entrySet()) {
            byte[] input = (salt + "|" + feature.getKey()).getBytes(StandardCharsets.UTF_8);
            long h1 = ByteBuffer.wrap(mac1.doFinal(input)).getLong();
            long h2 = ByteBuffer.wrap(mac2.doFinal(input)).getLong() | 1L; // odd: k distinct positions mod 2^10
            for (int i = 0; i < feature.getValue(); i++) {
                filter.set(permutation[(int) Math.floorMod(h1 + i * h2, (long) FILTER_BITS)]);
            }
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(fold(filter));
    }

    /**
     * The Dice coefficient {@code 2|A∩B| / (|A|+|B|)} of two stored filters: 1 for identical
     * filters, about 0.25 to 0.45 for unrelated ones of the same birth year.
     */
    public static double dice(String a, String b) {
        BitSet x = decode(a);
        BitSet y = decode(b);
        int total = x.cardinality() + y.cardinality();
        if (total == 0) {
            return 0.0;
        }
        x.and(y);
        return 2.0 * x.cardinality() / total;
    }

    /** The features and their number of hash functions: pooled name bigrams, day and month of birth. */
    static Map<String, Integer> features(ChildIdentifiers identifiers) {
        Map<String, Integer> features = new LinkedHashMap<>();
        for (String name : new String[] {identifiers.givenName(), identifiers.familyName()}) {
            if (name == null) {
                continue;
            }
            String normalised = Pseudonymiser.normaliseName(name);
            if (normalised.isEmpty()) {
                continue;
            }
            String padded = " " + normalised + " ";
            for (int i = 0; i + 2 <= padded.length(); i++) {
                features.put("n:" + padded.substring(i, i + 2), K_NAME);
            }
        }
        LocalDate dob = identifiers.dateOfBirth();
        features.put(String.format("d:%02d", dob.getDayOfMonth()), K_DATE);
        features.put(String.format("m:%02d", dob.getMonthValue()), K_DATE);
        return features;
    }

    private static byte[] fold(BitSet filter) {
        BitSet folded = filter.get(0, STORED_BITS);
        folded.xor(filter.get(STORED_BITS, FILTER_BITS));
        byte[] bytes = new byte[STORED_BITS / 8];
        byte[] set = folded.toByteArray(); // little-endian, trailing zero bytes omitted
        System.arraycopy(set, 0, bytes, 0, set.length);
        return bytes;
    }

    private static BitSet decode(String encoded) {
        if (encoded == null) {
            throw new IllegalArgumentException("No filter to compare.");
        }
        byte[] bytes = Base64.getUrlDecoder().decode(encoded);
        if (bytes.length != STORED_BITS / 8) {
            throw new IllegalArgumentException("Not a stored Bloom filter of " + STORED_BITS + " bits.");
        }
        return BitSet.valueOf(bytes);
    }

    /** Fisher–Yates shuffle of 0..1023 driven by HMAC-SHA256 in counter mode under the permutation key. */
    private static int[] keyedPermutation(SecretKeySpec key) {
        int[] p = new int[FILTER_BITS];
        for (int i = 0; i < p.length; i++) {
            p[i] = i;
        }
        Mac mac = mac(key);
        ByteBuffer stream = ByteBuffer.allocate(0);
        long counter = 0;
        for (int i = p.length - 1; i > 0; i--) {
            if (stream.remaining() < Long.BYTES) {
                stream = ByteBuffer.wrap(mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(counter++).array()));
            }
            int j = (int) Long.remainderUnsigned(stream.getLong(), i + 1L); // bias below 2^-53
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }

    private static byte[] hmac(SecretKeySpec key, String label) {
        return mac(key).doFinal(label.getBytes(StandardCharsets.UTF_8));
    }

    private static Mac mac(SecretKeySpec key) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
