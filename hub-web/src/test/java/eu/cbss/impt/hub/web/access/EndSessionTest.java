package eu.cbss.impt.hub.web.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class EndSessionTest {

    private static final String ENDPOINT = "http://localhost:8180/realms/impt/protocol/openid-connect/logout";

    @Test
    void endsTheKeycloakSessionWithTheIdTokenAsHint() {
        assertEquals(ENDPOINT + "?client_id=hub-web"
                        + "&post_logout_redirect_uri=http%3A%2F%2Flocalhost%3A8080%2Flogged-out.xhtml"
                        + "&id_token_hint=a.b.c",
                EndSession.url(ENDPOINT, "hub-web", "a.b.c", "http://localhost:8080/logged-out.xhtml"));
    }

    @Test
    void withoutAnIdTokenItStillNamesTheClient() {
        String url = EndSession.url(ENDPOINT, "hub-web", null, "http://localhost:8080/logged-out.xhtml");
        assertFalse(url.contains("id_token_hint"));
        assertEquals(ENDPOINT + "?client_id=hub-web&post_logout_redirect_uri=http%3A%2F%2Flocalhost%3A8080%2Flogged-out.xhtml", url);
    }

    @Test
    void afterSignInOnlyPagesOfThisSiteAreReturnedTo() {
        String site = "http://localhost:8080";
        assertEquals(site + "/signals/list.xhtml",
                ReturnAddress.choose(Optional.of(site + "/signals/list.xhtml"), site, "/index.xhtml"));
        assertEquals("/index.xhtml", ReturnAddress.choose(Optional.of("http://evil.example/x"), site, "/index.xhtml"));
        assertEquals("/index.xhtml", ReturnAddress.choose(Optional.of(site + "/callback?code=1"), site, "/index.xhtml"));
        assertEquals("/index.xhtml", ReturnAddress.choose(Optional.of("http://localhost:80800/x"), site, "/index.xhtml"));
        assertEquals("/index.xhtml", ReturnAddress.choose(Optional.empty(), site, "/index.xhtml"));
    }
}
