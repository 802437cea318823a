package eu.cbss.impt.hub.platform;

/**
 * Every configuration key of the API in one place. Values come from MicroProfile Config:
 * environment variables (HUB_DB_URL for hub.db.url), system properties, then the defaults in
 * META-INF/microprofile-config.properties. Secrets come only from the environment or files.
 */
public final class ApiSettings {

    public static final String DB_URL = "hub.db.url";
    public static final String DB_USER = "hub.db.user";
    public static final String DB_PASSWORD = "hub.db.password";
    public static final String KEYCLOAK_URL = "hub.keycloak.url";
    /** Base64 of at least 256 random bits; or {@link #PSEUDONYMISATION_KEY_FILE}, a file holding it. */
    public static final String PSEUDONYMISATION_KEY = "hub.pseudonymisation.key";
    public static final String PSEUDONYMISATION_KEY_FILE = "hub.pseudonymisation.key-file";
    /**
     * The narratives' master keys: a file of {@code id=base64key} lines (256-bit AES keys) and an optional
     * {@code current=id} line (else the last key is current). Re-read when it changes, so that
     * {@code ./hub rotate-narrative-key} takes effect while the hub runs.
     */
    public static final String NARRATIVE_KEYS_FILE = "hub.narrative.keys-file";
    /** ISO 3166 code of the country this hub serves. */
    public static final String COUNTRY = "hub.country";

    private ApiSettings() {
    }
}
