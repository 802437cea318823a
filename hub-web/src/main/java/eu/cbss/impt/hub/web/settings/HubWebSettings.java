package eu.cbss.impt.hub.web.settings;

import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * Settings as the application uses them, derived from {@link WebSetting}. Named so that the
 * OpenID Connect annotation can read them with immediate EL ({@code ${hubWebSettings.providerUri}}):
 * Soteria 3.0.3 evaluates only whole {@code ${...}} expressions and leaves {@code #{...}} as text.
 */
@Named("hubWebSettings")
@ApplicationScoped
public class HubWebSettings {

    public static final String REALM = "impt";
    public static final String CLIENT_ID = "hub-web";
    public static final String LOGGED_OUT_PAGE = "/logged-out.xhtml";

    private static final Logger LOG = Logger.getLogger(HubWebSettings.class.getName());

    public String getProviderUri() {
        return withoutTrailingSlash(WebSetting.KEYCLOAK_URL.lookup()) + "/realms/" + REALM;
    }

    public String getClientId() {
        return CLIENT_ID;
    }

    /** Never null: Soteria calls {@code toCharArray()} on it. An empty secret fails at Keycloak, loudly. */
    public String getClientSecret() {
        return WebSetting.WEB_CLIENT_SECRET.lookupOptional().orElseGet(() -> {
            LOG.severe(() -> "No client secret: set " + WebSetting.WEB_CLIENT_SECRET.environmentVariable()
                    + "; sign-in will fail.");
            return "";
        });
    }

    public String getBaseUrl() {
        return withoutTrailingSlash(WebSetting.WEB_BASE_URL.lookup());
    }

    public String getPostLogoutRedirectUri() {
        return getBaseUrl() + LOGGED_OUT_PAGE;
    }

    /** Keycloak's end-session endpoint, for when the provider metadata is not at hand. */
    public String getEndSessionEndpoint() {
        return getProviderUri() + "/protocol/openid-connect/logout";
    }

    public String getApiUrl() {
        return withoutTrailingSlash(WebSetting.API_URL.lookup());
    }

    static String withoutTrailingSlash(String url) {
        String result = url.trim();
        while (result.endsWith("/")) {
            result = result.substring(0, result.length() - 1);
        }
        return result;
    }
}
