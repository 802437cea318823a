package eu.cbss.impt.hub.access;

import java.util.Arrays;
import java.util.Optional;

/** The realm roles of the hub's Keycloak realm; {@link #claim()} is the name in the token's {@code groups}. */
public enum Role {
    SOCIAL_WORKER("social-worker"),
    REGIONAL_COORDINATOR("regional-coordinator"),
    NATIONAL_COORDINATOR("national-coordinator"),
    PARTNER_COUNTRY("partner-country"),
    RESEARCHER("researcher"),
    HUB_ADMIN("hub-admin");

    public static final String SOCIAL_WORKER_CLAIM = "social-worker";
    public static final String REGIONAL_COORDINATOR_CLAIM = "regional-coordinator";
    public static final String NATIONAL_COORDINATOR_CLAIM = "national-coordinator";
    public static final String PARTNER_COUNTRY_CLAIM = "partner-country";
    public static final String RESEARCHER_CLAIM = "researcher";
    public static final String HUB_ADMIN_CLAIM = "hub-admin";

    private final String claim;

    Role(String claim) {
        this.claim = claim;
    }

    public String claim() {
        return claim;
    }

    /** Roles that file and read signals. */
    public boolean worksWithSignals() {
        return this == SOCIAL_WORKER || this == REGIONAL_COORDINATOR || this == NATIONAL_COORDINATOR;
    }

    public static Optional<Role> fromClaim(String claim) {
        return Arrays.stream(values()).filter(r -> r.claim.equals(claim)).findFirst();
    }
}
