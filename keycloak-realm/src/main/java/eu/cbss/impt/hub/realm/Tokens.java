package eu.cbss.impt.hub.realm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/**
 * Access tokens from the realm {@code impt} with the password grant on the public client
 * {@code hub-cli} (enabled in the demo realm only), as a script would get them:
 * {@code POST {keycloak}/realms/impt/protocol/openid-connect/token}.
 */
public final class Tokens {

    public static final String CLIENT_ID = "hub-cli";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final URI tokenEndpoint;

    public Tokens(String keycloakUrl) {
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        this.tokenEndpoint = URI.create(keycloakUrl + "/realms/impt/protocol/openid-connect/token");
    }

    /** A token and when it stops being valid. */
    public record Token(String accessToken, Instant expiresAt) {
        /** Whether it expires within {@code margin}. */
        public boolean expiresWithin(Duration margin) {
            return Instant.now().plus(margin).isAfter(expiresAt);
        }
    }

    /** The user's access token (password grant). */
    public Token password(String username, String password) {
        String form = "grant_type=password&client_id=" + CLIENT_ID
                + "&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpRequest req = HttpRequest.newBuilder(tokenEndpoint)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("token request for " + username + " at " + tokenEndpoint
                        + " answered HTTP " + r.statusCode() + ": " + r.body());
            }
            JsonNode n = JSON.readTree(r.body());
            return new Token(n.path("access_token").asText(),
                    Instant.now().plusSeconds(n.path("expires_in").asLong(60)));
        } catch (IOException e) {
            throw new IllegalStateException("token request for " + username + " at " + tokenEndpoint + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
