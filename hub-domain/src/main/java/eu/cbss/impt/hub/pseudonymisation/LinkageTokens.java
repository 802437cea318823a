package eu.cbss.impt.hub.pseudonymisation;

/**
 * Keyed tokens derived from a child's identifiers; either may be null when the identifiers it
 * needs were not given. Equal tokens mean equal (normalised) identifiers under the hub's key.
 */
public record LinkageTokens(String nameAndBirthToken, String idNumberToken) {

    public static final LinkageTokens NONE = new LinkageTokens(null, null);

    public boolean linkable() {
        return nameAndBirthToken != null || idNumberToken != null;
    }
}
