package eu.cbss.impt.hub.web.access;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The address that ends the Keycloak session too (OpenID Connect RP-initiated logout):
 * {@code end_session_endpoint?client_id=…&post_logout_redirect_uri=…[&id_token_hint=…]}.
 * With the ID token as hint Keycloak signs out without asking; without it, it asks to confirm.
 */
public final class EndSession {

    private EndSession() {
    }

    public static String url(String endSessionEndpoint, String clientId, String idToken, String postLogoutRedirectUri) {
        StringBuilder url = new StringBuilder(endSessionEndpoint);
        url.append(endSessionEndpoint.contains("?") ? '&' : '?');
        url.append("client_id=").append(encode(clientId));
        url.append("&post_logout_redirect_uri=").append(encode(postLogoutRedirectUri));
        if (idToken != null && !idToken.isBlank()) {
            url.append("&id_token_hint=").append(encode(idToken));
        }
        return url.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
