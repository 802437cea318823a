package eu.cbss.impt.hub.access;

/** The hub's six realm roles, as they arrive in the tokens' {@code groups} claim. */
public enum Role {
    SOCIAL_WORKER("social-worker"),
    REGIONAL_COORDINATOR("regional-coordinator"),
    NATIONAL_COORDINATOR("national-coordinator"),
    PARTNER_COUNTRY("partner-country"),
    RESEARCHER("researcher"),
    HUB_ADMIN("hub-admin");

    public static final String SOCIAL_WORKER_NAME = "social-worker";
    public static final String REGIONAL_COORDINATOR_NAME = "regional-coordinator";
    public static final String NATIONAL_COORDINATOR_NAME = "national-coordinator";
    public static final String PARTNER_COUNTRY_NAME = "partner-country";
    public static final String RESEARCHER_NAME = "researcher";
    public static final String HUB_ADMIN_NAME = "hub-admin";

    private final String roleName;

    Role(String roleName) {
        this.roleName = roleName;
    }

    public String roleName() {
        return roleName;
    }

    /** Roles that file and read signals. */
    public boolean worksWithSignals() {
        return this == SOCIAL_WORKER || this == REGIONAL_COORDINATOR || this == NATIONAL_COORDINATOR;
    }
}
