package eu.cbss.impt.hub.deploy;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HubSettingsTest {

    @Test
    void defaultsAreTheEmbeddedHub() {
        HubSettings s = HubSettings.fromEnvironment(Map.of());
        assertTrue(s.embeddedDatabase());
        assertTrue(s.embeddedKeycloak());
        assertTrue(s.demoData());
        assertEquals(8080, s.httpPort());
        assertEquals("jdbc:postgresql://127.0.0.1:5433/hub", s.jdbcUrl());
        assertEquals("http://localhost:8180", s.keycloakUrl());
        assertEquals("http://localhost:8080", s.effectiveWebBaseUrl());
        assertEquals("http://localhost:8080/api", s.effectiveApiUrl());
        assertEquals(s.checkoutDir().resolve("var"), s.varDir());
        assertTrue(s.problems().isEmpty(), s.problems().toString());
    }

    @Test
    void environmentOverrides() {
        HubSettings s = HubSettings.fromEnvironment(Map.of(
                "HUB_HTTP_PORT", "8081", "HUB_DB_PORT", "6543", "HUB_KEYCLOAK_PORT", "8181",
                "HUB_KEYCLOAK_MANAGEMENT_PORT", "9181", "HUB_VAR", "/tmp/elsewhere",
                "HUB_WEB_BASE_URL", "https://hub.example.org/"));
        assertEquals(8081, s.httpPort());
        assertEquals("jdbc:postgresql://127.0.0.1:6543/hub", s.jdbcUrl());
        assertEquals("http://localhost:8181", s.keycloakUrl());
        assertEquals(9181, s.keycloakManagementPort());
        assertEquals("/tmp/elsewhere", s.varDir().toString());
        assertEquals("https://hub.example.org", s.effectiveWebBaseUrl());
        assertEquals("http://localhost:8081/api", s.effectiveApiUrl());
    }

    @Test
    void externalServices() {
        HubSettings s = HubSettings.fromEnvironment(Map.of(
                "HUB_DB_URL", "jdbc:postgresql://db.example.org:5432/hub", "HUB_DB_USER", "app", "HUB_DB_PASSWORD", "pw",
                "HUB_KEYCLOAK_URL", "https://id.example.org/", "HUB_WEB_CLIENT_SECRET", "s3cret"));
        assertFalse(s.embeddedDatabase());
        assertFalse(s.embeddedKeycloak());
        assertFalse(s.demoData(), "no demo users in an external Keycloak");
        assertEquals("jdbc:postgresql://db.example.org:5432/hub", s.jdbcUrl());
        assertEquals("https://id.example.org", s.keycloakUrl());
        assertTrue(s.problems().isEmpty(), s.problems().toString());
    }

    @Test
    void externalKeycloakNeedsTheClientSecret() {
        HubSettings s = HubSettings.fromEnvironment(Map.of("HUB_KEYCLOAK_URL", "https://id.example.org"));
        assertEquals(1, s.problems().size());
        assertTrue(s.problems().get(0).contains("HUB_WEB_CLIENT_SECRET"));
        assertNull(s.webClientSecret());
    }

    @Test
    void badPortIsRefusedWithItsName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> HubSettings.fromEnvironment(Map.of("HUB_HTTP_PORT", "eighty")));
        assertTrue(e.getMessage().contains("HUB_HTTP_PORT"));
    }
}
