package eu.cbss.impt.hub.realm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Builds the realm JSON that Keycloak imports: the base realm ({@value #REALM_RESOURCE}), optionally
 * merged with the demo overlay ({@value #DEMO_OVERLAY_RESOURCE}: the demo users, a weak password
 * policy and the password grant on {@code hub-cli}), with the {@code hub-web} client's secret and
 * redirect URIs filled in for the deployment at hand.
 *
 * <p>Merge rules for the overlay: top-level fields replace the base's, {@code users} are appended,
 * and a client of the overlay whose {@code clientId} exists in the base is merged into it field by
 * field ({@code attributes} key by key); other overlay clients are appended.
 */
public final class RealmComposer {

    /** The realm's name, as in the issuer {@code .../realms/impt}. */
    public static final String REALM = "impt";
    /** Classpath location of the base realm (no users, no password grant). */
    public static final String REALM_RESOURCE = "/realm/impt-realm.json";
    /** Classpath location of the demo overlay (demo users, password grant on hub-cli). */
    public static final String DEMO_OVERLAY_RESOURCE = "/realm/impt-demo-overlay.json";
    /** The UI's client id. */
    public static final String HUB_WEB = "hub-web";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private RealmComposer() {
    }

    /**
     * Returns the realm JSON to import.
     *
     * @param demo           whether to merge the demo overlay (demo users with password {@code demo},
     *                       password grant on {@code hub-cli}); never in production
     * @param hubWebSecret   the {@code hub-web} client's secret; {@code null} or blank leaves it unset,
     *                       so Keycloak generates one
     * @param hubWebBaseUrls base URLs of the UI, e.g. {@code http://localhost:8080}; each becomes a
     *                       redirect URI {@code baseUrl + "/*"}. {@code null} or empty keeps the
     *                       realm file's redirect URIs
     */
    public static String compose(boolean demo, String hubWebSecret, List<String> hubWebBaseUrls) {
        try {
            return MAPPER.writeValueAsString(composeTree(demo, hubWebSecret, hubWebBaseUrls));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the realm", e);
        }
    }

    /** As {@link #compose(boolean, String, List)}, as a Jackson tree. */
    public static ObjectNode composeTree(boolean demo, String hubWebSecret, List<String> hubWebBaseUrls) {
        ObjectNode realm = readResource(REALM_RESOURCE);
        if (demo) {
            merge(realm, readResource(DEMO_OVERLAY_RESOURCE));
        }
        ObjectNode hubWeb = findClient(realm, HUB_WEB);
        if (hubWeb == null) {
            throw new IllegalStateException("the realm has no client " + HUB_WEB);
        }
        if (hubWebSecret != null && !hubWebSecret.isBlank()) {
            hubWeb.put("secret", hubWebSecret);
        }
        if (hubWebBaseUrls != null && !hubWebBaseUrls.isEmpty()) {
            ArrayNode redirects = hubWeb.putArray("redirectUris");
            for (String base : hubWebBaseUrls) {
                String b = base.strip();
                while (b.endsWith("/")) {
                    b = b.substring(0, b.length() - 1);
                }
                if (b.isEmpty()) {
                    throw new IllegalArgumentException("empty hub-web base URL");
                }
                redirects.add(b + "/*");
            }
        }
        return realm;
    }

    /** Reads a JSON object from the classpath (e.g. {@link #REALM_RESOURCE}). */
    public static ObjectNode readResource(String resource) {
        try (InputStream in = RealmComposer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + resource);
            }
            JsonNode node = MAPPER.readTree(in);
            if (!(node instanceof ObjectNode)) {
                throw new IllegalStateException(resource + " is not a JSON object");
            }
            return (ObjectNode) node;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static void merge(ObjectNode realm, ObjectNode overlay) {
        Iterator<Map.Entry<String, JsonNode>> fields = overlay.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            JsonNode value = field.getValue();
            if ("users".equals(name) && value.isArray()) {
                ArrayNode users = realm.has("users") && realm.get("users").isArray()
                        ? (ArrayNode) realm.get("users") : realm.putArray("users");
                value.forEach(u -> users.add(u.deepCopy()));
            } else if ("clients".equals(name) && value.isArray()) {
                ArrayNode clients = realm.has("clients") && realm.get("clients").isArray()
                        ? (ArrayNode) realm.get("clients") : realm.putArray("clients");
                for (JsonNode c : value) {
                    ObjectNode existing = findClient(realm, c.path("clientId").asText(null));
                    if (existing == null) {
                        clients.add(c.deepCopy());
                    } else {
                        mergeClient(existing, (ObjectNode) c);
                    }
                }
            } else {
                realm.set(name, value.deepCopy());
            }
        }
    }

    private static void mergeClient(ObjectNode client, ObjectNode overlay) {
        Iterator<Map.Entry<String, JsonNode>> fields = overlay.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode current = client.get(field.getKey());
            if (current instanceof ObjectNode && field.getValue() instanceof ObjectNode) {
                ((ObjectNode) current).setAll((ObjectNode) field.getValue().deepCopy());
            } else {
                client.set(field.getKey(), field.getValue().deepCopy());
            }
        }
    }

    private static ObjectNode findClient(ObjectNode realm, String clientId) {
        if (clientId == null) {
            return null;
        }
        for (JsonNode c : realm.path("clients")) {
            if (clientId.equals(c.path("clientId").asText(null)) && c instanceof ObjectNode) {
                return (ObjectNode) c;
            }
        }
        return null;
    }
}
