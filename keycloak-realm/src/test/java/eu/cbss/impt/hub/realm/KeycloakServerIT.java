package eu.cbss.impt.hub.realm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Starts the real Keycloak distribution with the demo realm and checks the tokens the hub relies on. */
class KeycloakServerIT {

    private static final int HTTP_PORT = 8191;
    private static final int MANAGEMENT_PORT = 9191;
    private static final String HOSTNAME = "http://localhost:" + HTTP_PORT;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static KeycloakServer keycloak;

    @BeforeAll
    static void startKeycloak() throws Exception {
        Path target = Paths.get(System.getProperty("project.build.directory", "target"));
        Path zip = Paths.get(System.getProperty("keycloak.dist.zip", target.resolve("dist/keycloak.zip").toString()));
        assertTrue(Files.isRegularFile(zip), "missing " + zip + " (copied by maven-dependency-plugin)");
        Path home = Paths.get(System.getProperty("keycloak.it.home", target.resolve("keycloak-it").toString()));
        keycloak = KeycloakServer.builder()
                .distributionZip(zip)
                .home(home)
                .httpPort(HTTP_PORT)
                .managementPort(MANAGEMENT_PORT)
                .hostnameUrl(HOSTNAME)
                .realmJson(RealmComposer.compose(true, "it-secret", List.of("http://localhost:8080")))
                .logFile(home.resolve("keycloak.log"))
                .build();
        keycloak.start();
    }

    @AfterAll
    static void stopKeycloak() {
        if (keycloak != null) {
            keycloak.close();
            keycloak.close(); // idempotent
            assertFalse(keycloak.isRunning());
        }
    }

    /** As api-v1.md: curl -d grant_type=password -d client_id=hub-cli -d username=... -d password=... */
    private static HttpResponse<String> passwordGrant(String username, String password) throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", "hub-cli");
        form.put("username", username);
        form.put("password", password);
        List<String> parts = new ArrayList<>();
        form.forEach((k, v) -> parts.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        HttpRequest request = HttpRequest.newBuilder(URI.create(keycloak.tokenEndpoint()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(String.join("&", parts)))
                .timeout(Duration.ofSeconds(30))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode accessTokenClaims(String username) throws Exception {
        HttpResponse<String> r = passwordGrant(username, "demo");
        assertEquals(200, r.statusCode(), r.body());
        String jwt = MAPPER.readTree(r.body()).path("access_token").asText();
        String[] parts = jwt.split("\\.");
        assertEquals(3, parts.length, "not a JWS: " + jwt);
        return MAPPER.readTree(Base64.getUrlDecoder().decode(parts[1]));
    }

    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(n -> out.add(n.asText()));
        } else if (!node.isMissingNode() && !node.isNull()) {
            out.add(node.asText());
        }
        return out;
    }

    @Test
    void urls() {
        assertEquals(HOSTNAME + "/realms/impt", keycloak.issuer());
        assertEquals(HOSTNAME + "/realms/impt/protocol/openid-connect/token", keycloak.tokenEndpoint());
    }

    @Test
    void worker1TokenCarriesWhatTheHubNeeds() throws Exception {
        JsonNode claims = accessTokenClaims("worker1");
        assertEquals("http://localhost:8191/realms/impt", claims.path("iss").asText(), claims.toString());
        assertTrue(strings(claims.path("aud")).contains("hub-api"), claims.toString());
        assertTrue(strings(claims.path("groups")).contains("social-worker"), claims.toString());
        assertEquals("ee-tallinn-social-services", claims.path("organisation").asText(), claims.toString());
        assertEquals("EE001", claims.path("region").asText(), claims.toString());
        assertEquals("EE", claims.path("country").asText(), claims.toString());
        assertEquals("worker1", claims.path("preferred_username").asText(), claims.toString());
        assertFalse(claims.path("sub").asText().isBlank(), "no sub: " + claims);
    }

    @Test
    void partner1TokenCarriesPartnerCountryAndFinland() throws Exception {
        JsonNode claims = accessTokenClaims("partner1");
        assertTrue(strings(claims.path("groups")).contains("partner-country"), claims.toString());
        assertFalse(strings(claims.path("groups")).contains("social-worker"), claims.toString());
        assertEquals("FI", claims.path("country").asText(), claims.toString());
        assertTrue(claims.path("region").isMissingNode(), claims.toString());
        assertEquals("partner1", claims.path("preferred_username").asText(), claims.toString());
    }

    @Test
    void wrongPasswordIsRefused() throws Exception {
        HttpResponse<String> r = passwordGrant("worker2", "not-the-password");
        assertEquals(401, r.statusCode(), r.body());
        assertEquals("invalid_grant", MAPPER.readTree(r.body()).path("error").asText(), r.body());
    }
}
