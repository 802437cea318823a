package eu.cbss.impt.hub.pseudonymisation;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.util.Base64;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns identifiers into keyed HMAC-SHA256 tokens at the hub's boundary. Without the key a token
 * cannot be reversed or recomputed from a guessed name (unlike a plain hash), so the database
 * holds nothing that identifies a child. Names are normalised first (case, accents, spacing,
 * punctuation) so that "Popescu" and "POPESCU " give the same token. Beside the exact tokens it
 * derives an error-tolerant {@link BloomFilterEncoder Bloom filter} under keys derived from the same
 * hub key.
 */
public final class Pseudonymiser {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int MIN_KEY_BYTES = 32;

    private final SecretKeySpec key;
    private final BloomFilterEncoder bloom;

    public Pseudonymiser(byte[] keyBytes) {
        if (keyBytes == null || keyBytes.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("The pseudonymisation key must hold at least 256 bits.");
        }
        this.key = new SecretKeySpec(keyBytes.clone(), ALGORITHM);
        this.bloom = new BloomFilterEncoder(keyBytes);
    }

    /** Reads a base64-encoded key, as kept in the key file or the environment. */
    public static Pseudonymiser fromBase64(String encoded) {
        return new Pseudonymiser(Base64.getDecoder().decode(encoded.strip()));
    }

    public LinkageTokens tokensFor(ChildIdentifiers identifiers) {
        if (identifiers == null) {
            return LinkageTokens.NONE;
        }
        String nameAndBirth = identifiers.hasNameAndDateOfBirth()
                ? hmac("name-dob|" + normaliseName(identifiers.givenName()) + "|"
                        + normaliseName(identifiers.familyName()) + "|" + identifiers.dateOfBirth())
                : null;
        String idNumber = identifiers.hasIdNumber()
                ? hmac("id|" + identifiers.idNumber().replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT))
                : null;
        return new LinkageTokens(nameAndBirth, idNumber, bloom.encode(identifiers));
    }

    static String normaliseName(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
        return decomposed.replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}]+", " ")
                .strip();
    }

    private String hmac(String message) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] digest = mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
