package eu.cbss.impt.hub.web.settings;

import java.util.Locale;
import java.util.Optional;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The one registry of hub-web's configuration keys (MicroProfile Config: system properties, then
 * environment variables such as {@code HUB_KEYCLOAK_URL}, then {@code microprofile-config.properties}).
 * Secrets have no working default: they come from the environment.
 */
public enum WebSetting {

    /** Keycloak's base URL; the realm {@code impt} lives below it. */
    KEYCLOAK_URL("hub.keycloak.url", "http://localhost:8180"),
    /** The confidential client's secret; only from the environment ({@code HUB_WEB_CLIENT_SECRET}). */
    WEB_CLIENT_SECRET("hub.web.client-secret", null),
    /** Where browsers reach this UI; used for the post-logout redirect. */
    WEB_BASE_URL("hub.web.base-url", "http://localhost:8080"),
    /** Base of the REST API (without {@code /v1}). */
    API_URL("hub.api.url", "http://localhost:8080/api");

    private final String key;
    private final String defaultValue;

    WebSetting(String key, String defaultValue) {
        this.key = key;
        this.defaultValue = defaultValue;
    }

    public String key() {
        return key;
    }

    /** The environment variable that overrides this key, by MicroProfile Config's mapping rule. */
    public String environmentVariable() {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    public Optional<String> defaultValue() {
        return Optional.ofNullable(defaultValue);
    }

    public Optional<String> lookupOptional() {
        return lookupOptional(ConfigProvider.getConfig());
    }

    Optional<String> lookupOptional(Config config) {
        return config.getOptionalValue(key, String.class)
                .map(String::trim)
                .filter(value -> !value.isEmpty())
                .or(this::defaultValue);
    }

    /** The configured value or the default; fails with the key's name when neither exists. */
    public String lookup() {
        return lookupOptional().orElseThrow(() -> new IllegalStateException(
                "Configuration " + key + " (environment " + environmentVariable() + ") is not set."));
    }
}
