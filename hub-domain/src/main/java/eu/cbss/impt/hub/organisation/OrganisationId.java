package eu.cbss.impt.hub.organisation;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The id of an organisation, as the {@code organisation} claim of its members' tokens carries it,
 * such as {@code ee-tallinn-social-services}: lower-case letters, digits and hyphens, 2 to 100
 * characters, starting with a letter or digit (Keycloak's user profile allows the same).
 */
public record OrganisationId(String value) {

    public static final int MAX_LENGTH = 100;
    private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9-]{1," + (MAX_LENGTH - 1) + "}");

    public OrganisationId {
        Objects.requireNonNull(value, "organisation id");
        if (!isValid(value)) {
            throw new IllegalArgumentException("Not an organisation id: lower-case letters, digits and hyphens, "
                    + "2 to " + MAX_LENGTH + " characters.");
        }
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
