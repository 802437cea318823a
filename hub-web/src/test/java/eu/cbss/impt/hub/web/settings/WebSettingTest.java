package eu.cbss.impt.hub.web.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WebSettingTest {

    @Test
    void environmentVariablesFollowMicroProfileConfigsRule() {
        assertEquals("HUB_KEYCLOAK_URL", WebSetting.KEYCLOAK_URL.environmentVariable());
        assertEquals("HUB_WEB_CLIENT_SECRET", WebSetting.WEB_CLIENT_SECRET.environmentVariable());
        assertEquals("HUB_WEB_BASE_URL", WebSetting.WEB_BASE_URL.environmentVariable());
        assertEquals("HUB_API_URL", WebSetting.API_URL.environmentVariable());
    }

    @Test
    void theSecretHasNoDefault() {
        assertTrue(WebSetting.WEB_CLIENT_SECRET.defaultValue().isEmpty());
        assertEquals("http://localhost:8180", WebSetting.KEYCLOAK_URL.defaultValue().orElseThrow());
        assertEquals("http://localhost:8080/api", WebSetting.API_URL.defaultValue().orElseThrow());
    }

    @Test
    void trailingSlashesAreTrimmed() {
        assertEquals("http://localhost:8180", HubWebSettings.withoutTrailingSlash("http://localhost:8180//"));
    }
}
