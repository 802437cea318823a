package eu.cbss.impt.hub.pseudonymisation;

/**
 * Keyed tokens derived from a child's identifiers; any may be null when the identifiers it needs
 * were not given. Equal exact tokens mean equal (normalised) identifiers under the hub's key; the
 * Bloom filter ({@link BloomFilterEncoder}) is compared by similarity, for the triangulation of
 * records whose identifiers were written a little differently.
 *
 * @param nameAndBirthToken HMAC of the normalised given name, family name and date of birth
 * @param idNumberToken HMAC of the normalised ID number
 * @param nameAndBirthBloom hardened Bloom filter of name and date of birth (needs at least a family
 *     name and a date of birth), base64url of {@value BloomFilterEncoder#ENCODED_LENGTH} characters
 */
public record LinkageTokens(String nameAndBirthToken, String idNumberToken, String nameAndBirthBloom) {

    public static final LinkageTokens NONE = new LinkageTokens(null, null, null);

    public boolean linkable() {
        return nameAndBirthToken != null || idNumberToken != null || nameAndBirthBloom != null;
    }
}
