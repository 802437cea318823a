package eu.cbss.impt.hub.realm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RealmComposerTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> ROLES = Set.of("social-worker", "regional-coordinator",
            "national-coordinator", "partner-country", "researcher", "hub-admin");

    private static JsonNode parse(String json) throws IOException {
        return MAPPER.readTree(json);
    }

    private static JsonNode base() throws IOException {
        return parse(RealmComposer.compose(false, null, null));
    }

    private static JsonNode client(JsonNode realm, String clientId) {
        for (JsonNode c : realm.path("clients")) {
            if (clientId.equals(c.path("clientId").asText())) {
                return c;
            }
        }
        throw new AssertionError("no client " + clientId);
    }

    private static JsonNode mapper(JsonNode client, String type, String key, String value) {
        for (JsonNode m : client.path("protocolMappers")) {
            if (type.equals(m.path("protocolMapper").asText()) && value.equals(m.path("config").path(key).asText())) {
                return m;
            }
        }
        return null;
    }

    private static JsonNode userProfile(JsonNode realm) throws IOException {
        JsonNode providers = realm.path("components").path("org.keycloak.userprofile.UserProfileProvider");
        assertEquals(1, providers.size());
        assertEquals("declarative-user-profile", providers.get(0).path("providerId").asText());
        return parse(providers.get(0).path("config").path("kc.user.profile.config").get(0).asText());
    }

    @Test
    void baseRealmSettings() throws IOException {
        JsonNode r = base();
        assertEquals("impt", r.path("realm").asText());
        assertEquals("IMPT Hub", r.path("displayName").asText());
        assertTrue(r.path("enabled").asBoolean());
        assertEquals("external", r.path("sslRequired").asText());
        assertEquals(900, r.path("accessTokenLifespan").asInt());
        assertEquals(1800, r.path("ssoSessionIdleTimeout").asInt());
        assertEquals("length(12) and notUsername", r.path("passwordPolicy").asText());
        assertTrue(r.path("bruteForceProtected").asBoolean());
        assertTrue(r.path("internationalizationEnabled").asBoolean());
        assertEquals(List.of("en", "et"), MAPPER.convertValue(r.path("supportedLocales"), List.class));
        assertEquals("en", r.path("defaultLocale").asText());
        assertTrue(r.path("clientScopes").isMissingNode(), "realm-level clientScopes would replace Keycloak's defaults");
    }

    @Test
    void baseRealmHasTheSixRolesWithDescriptions() throws IOException {
        Set<String> names = new TreeSet<>();
        for (JsonNode role : base().path("roles").path("realm")) {
            names.add(role.path("name").asText());
            assertFalse(role.path("description").asText().isBlank(), "role without description: " + role);
        }
        assertEquals(new TreeSet<>(ROLES), names);
    }

    @Test
    void baseRealmHasNoUsersAndNoPasswordGrant() throws IOException {
        JsonNode r = base();
        assertTrue(r.path("users").isMissingNode() || r.path("users").isEmpty());
        assertEquals(3, r.path("clients").size());
        for (JsonNode c : r.path("clients")) {
            assertFalse(c.path("directAccessGrantsEnabled").asBoolean(), c.path("clientId") + " has the password grant");
            assertFalse(c.path("implicitFlowEnabled").asBoolean(), c.path("clientId") + " has the implicit flow");
            assertTrue(c.path("secret").isMissingNode(), c.path("clientId") + " carries a secret");
        }
    }

    @Test
    void clientsHaveTheRightFlows() throws IOException {
        JsonNode r = base();
        JsonNode api = client(r, "hub-api");
        assertFalse(api.path("publicClient").asBoolean());
        assertFalse(api.path("standardFlowEnabled").asBoolean());
        assertFalse(api.path("directAccessGrantsEnabled").asBoolean());
        assertFalse(api.path("implicitFlowEnabled").asBoolean());
        assertFalse(api.path("serviceAccountsEnabled").asBoolean());

        JsonNode web = client(r, "hub-web");
        assertFalse(web.path("publicClient").asBoolean());
        assertTrue(web.path("standardFlowEnabled").asBoolean());
        assertFalse(web.path("directAccessGrantsEnabled").asBoolean());
        assertEquals(List.of("http://localhost:8080/*"), MAPPER.convertValue(web.path("redirectUris"), List.class));
        assertEquals(List.of("+"), MAPPER.convertValue(web.path("webOrigins"), List.class));
        assertEquals("+", web.path("attributes").path("post.logout.redirect.uris").asText());

        JsonNode cli = client(r, "hub-cli");
        assertTrue(cli.path("publicClient").asBoolean());
        assertFalse(cli.path("standardFlowEnabled").asBoolean());
        assertFalse(cli.path("directAccessGrantsEnabled").asBoolean());
        assertEquals("true", cli.path("attributes").path("oauth2.device.authorization.grant.enabled").asText());
    }

    @Test
    void hubWebAndHubCliHaveTheMappers() throws IOException {
        JsonNode r = base();
        for (String clientId : List.of("hub-web", "hub-cli")) {
            JsonNode c = client(r, clientId);
            JsonNode groups = mapper(c, "oidc-usermodel-realm-role-mapper", "claim.name", "groups");
            assertNotNull(groups, clientId + ": no groups mapper");
            assertEquals("true", groups.path("config").path("multivalued").asText());
            assertEquals("true", groups.path("config").path("access.token.claim").asText());
            assertEquals("true", groups.path("config").path("id.token.claim").asText());

            for (String attr : List.of("organisation", "region", "country")) {
                JsonNode m = mapper(c, "oidc-usermodel-attribute-mapper", "user.attribute", attr);
                assertNotNull(m, clientId + ": no mapper for " + attr);
                JsonNode cfg = m.path("config");
                assertEquals(attr, cfg.path("claim.name").asText());
                assertEquals("String", cfg.path("jsonType.label").asText());
                assertEquals("true", cfg.path("access.token.claim").asText());
                assertEquals("true", cfg.path("id.token.claim").asText());
                assertEquals("true", cfg.path("userinfo.token.claim").asText());
            }

            JsonNode aud = mapper(c, "oidc-audience-mapper", "included.client.audience", "hub-api");
            assertNotNull(aud, clientId + ": no hub-api audience mapper");
            assertEquals("true", aud.path("config").path("access.token.claim").asText());
        }
    }

    @Test
    void userProfileDeclaresTheAttributes() throws IOException {
        JsonNode up = userProfile(base());
        List<String> names = new ArrayList<>();
        for (JsonNode a : up.path("attributes")) {
            String name = a.path("name").asText();
            names.add(name);
            if (List.of("email", "firstName", "lastName", "organisation", "region", "country").contains(name)) {
                assertTrue(a.path("required").isMissingNode(), name + " must not be required");
            }
            if (List.of("organisation", "region", "country").contains(name)) {
                assertEquals(List.of("admin"), MAPPER.convertValue(a.path("permissions").path("edit"), List.class));
                assertEquals(Set.of("admin", "user"),
                        Set.copyOf(MAPPER.convertValue(a.path("permissions").path("view"), List.class)));
            }
            if (a.has("group")) {
                String group = a.path("group").asText();
                boolean declared = false;
                for (JsonNode g : up.path("groups")) {
                    declared |= group.equals(g.path("name").asText());
                }
                assertTrue(declared, "undeclared group " + group);
            }
        }
        assertEquals(List.of("username", "email", "firstName", "lastName", "organisation", "region", "country"), names);
        assertTrue(up.path("unmanagedAttributePolicy").isMissingNode(), "unmanaged attributes must stay disabled");

        assertEquals("^[A-Z]{2}[0-9A-Z]{1,3}$", attribute(up, "region").path("validations").path("pattern").path("pattern").asText());
        assertEquals("^[A-Z]{2}$", attribute(up, "country").path("validations").path("pattern").path("pattern").asText());
    }

    private static JsonNode attribute(JsonNode up, String name) {
        for (JsonNode a : up.path("attributes")) {
            if (name.equals(a.path("name").asText())) {
                return a;
            }
        }
        throw new AssertionError("no attribute " + name);
    }

    @Test
    void demoRealmHasTheTenUsers() throws IOException {
        JsonNode r = parse(RealmComposer.compose(true, "s3cret", List.of("http://localhost:8080")));
        Map<String, String[]> expected = Map.of(
                "worker1", new String[] {"social-worker", "ee-tallinn-social-services", "EE001", "EE"},
                "worker2", new String[] {"social-worker", "ee-ngo-lifeline-tallinn", "EE001", "EE"},
                "worker3", new String[] {"social-worker", "ee-police-south", "EE008", "EE"},
                "regional1", new String[] {"regional-coordinator", "ee-network-pohja-eesti", "EE001", "EE"},
                "regional2", new String[] {"regional-coordinator", "ee-network-louna-eesti", "EE008", "EE"},
                "national1", new String[] {"national-coordinator", "ee-national-coordination", null, "EE"},
                "national2", new String[] {"national-coordinator", "ee-national-coordination", null, "EE"},
                "partner1", new String[] {"partner-country", "fi-national-hub", null, "FI"},
                "researcher1", new String[] {"researcher", "ee-university-tartu", null, "EE"},
                "admin1", new String[] {"hub-admin", "ee-hub-operator", null, "EE"});
        JsonNode users = r.path("users");
        assertEquals(10, users.size());
        JsonNode up = userProfile(r);
        for (JsonNode u : users) {
            String name = u.path("username").asText();
            String[] e = expected.get(name);
            assertNotNull(e, "unexpected user " + name);
            assertTrue(u.path("enabled").asBoolean());
            assertTrue(u.path("emailVerified").asBoolean());
            assertEquals(name + "@demo.impt.invalid", u.path("email").asText());
            assertFalse(u.path("firstName").asText().isBlank());
            assertFalse(u.path("lastName").asText().isBlank());
            assertEquals(List.of(e[0]), MAPPER.convertValue(u.path("realmRoles"), List.class));
            JsonNode attrs = u.path("attributes");
            assertEquals(List.of(e[1]), MAPPER.convertValue(attrs.path("organisation"), List.class));
            if (e[2] == null) {
                assertTrue(attrs.path("region").isMissingNode(), name + " must have no region");
            } else {
                assertEquals(List.of(e[2]), MAPPER.convertValue(attrs.path("region"), List.class));
                assertTrue(e[2].matches(attribute(up, "region").path("validations").path("pattern").path("pattern").asText()));
            }
            assertEquals(List.of(e[3]), MAPPER.convertValue(attrs.path("country"), List.class));
            JsonNode creds = u.path("credentials");
            assertEquals(1, creds.size());
            assertEquals("password", creds.get(0).path("type").asText());
            assertEquals("demo", creds.get(0).path("value").asText());
            assertFalse(creds.get(0).path("temporary").asBoolean());
        }
        assertEquals("length(4)", r.path("passwordPolicy").asText());
    }

    @Test
    void demoRealmMergesTheClients() throws IOException {
        JsonNode r = parse(RealmComposer.compose(true, "s3cret", List.of("http://localhost:8080/", "https://hub.example.org")));
        assertEquals(3, r.path("clients").size());
        JsonNode cli = client(r, "hub-cli");
        assertTrue(cli.path("directAccessGrantsEnabled").asBoolean());
        // the rest of hub-cli is kept
        assertTrue(cli.path("publicClient").asBoolean());
        assertEquals("true", cli.path("attributes").path("oauth2.device.authorization.grant.enabled").asText());
        assertNotNull(mapper(cli, "oidc-usermodel-realm-role-mapper", "claim.name", "groups"));
        // only hub-cli gets the password grant
        assertFalse(client(r, "hub-web").path("directAccessGrantsEnabled").asBoolean());
        assertFalse(client(r, "hub-api").path("directAccessGrantsEnabled").asBoolean());

        JsonNode web = client(r, "hub-web");
        assertEquals("s3cret", web.path("secret").asText());
        assertEquals(List.of("http://localhost:8080/*", "https://hub.example.org/*"),
                MAPPER.convertValue(web.path("redirectUris"), List.class));
        // the roles and the user profile survive the merge
        assertEquals(6, r.path("roles").path("realm").size());
        assertEquals(7, userProfile(r).path("attributes").size());
    }

    @Test
    void productionRealmGetsSecretAndRedirectsButNoDemo() throws IOException {
        JsonNode r = parse(RealmComposer.compose(false, "prod-secret", List.of("https://hub.example.org")));
        JsonNode web = client(r, "hub-web");
        assertEquals("prod-secret", web.path("secret").asText());
        assertEquals(List.of("https://hub.example.org/*"), MAPPER.convertValue(web.path("redirectUris"), List.class));
        assertTrue(r.path("users").isMissingNode());
        assertFalse(client(r, "hub-cli").path("directAccessGrantsEnabled").asBoolean());
        assertEquals("length(12) and notUsername", r.path("passwordPolicy").asText());
        assertNull(mapper(web, "oidc-audience-mapper", "included.client.audience", "nobody"));
    }
}
