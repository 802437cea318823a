package eu.cbss.impt.hub.testing;

import eu.cbss.impt.hub.realm.KeycloakServer;
import eu.cbss.impt.hub.realm.RealmComposer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real services the API needs, started once per test run before Arquillian deploys the WAR:
 * an embedded PostgreSQL and Keycloak with the project's realm. Their addresses are fixed and
 * handed to Payara Micro through the environment set in the failsafe configuration.
 */
public final class ApiServices implements BeforeAllCallback {

    public static final int POSTGRES_PORT = 55432;
    public static final int KEYCLOAK_PORT = 8192;
    public static final String KEYCLOAK_URL = "http://localhost:" + KEYCLOAK_PORT;

    private static EmbeddedPostgres postgres;
    private static KeycloakServer keycloak;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(ApiServices.class, k -> start(), Running.class);
    }

    private static Running start() {
        try {
            Path target = Path.of(System.getProperty("project.build.directory", "target"));
            // HUB_NARRATIVE_KEYS_FILE of the failsafe configuration: one test-only master key.
            java.nio.file.Files.writeString(narrativeKeysFile(), "it-1=" + TEST_NARRATIVE_KEY + "\n");
            postgres = EmbeddedPostgres.builder().setPort(POSTGRES_PORT)
                    .setDataDirectory(target.resolve("it-postgres")).setCleanDataDirectory(true).start();
            keycloak = KeycloakServer.builder()
                    .distributionZip(Path.of(System.getProperty("keycloak.zip")))
                    .home(target.resolve("it-keycloak"))
                    .httpPort(KEYCLOAK_PORT)
                    .managementPort(9192)
                    .hostnameUrl(KEYCLOAK_URL)
                    .realmJson(RealmComposer.compose(true, "it-hub-web-secret", List.of("http://localhost:8080")))
                    .build();
            keycloak.start();
            return new Running();
        } catch (Exception e) {
            throw new IllegalStateException("Could not start PostgreSQL and Keycloak for the tests", e);
        }
    }

    /** A master key for tests only (32 bytes, base64). */
    public static final String TEST_NARRATIVE_KEY = "aXQtb25seS1uYXJyYXRpdmUtbWFzdGVyLWtleS0zMiE=";

    /** The keys file the API under test reads (HUB_NARRATIVE_KEYS_FILE in hub-api/pom.xml). */
    public static Path narrativeKeysFile() {
        return Path.of(System.getProperty("project.build.directory", "target")).resolve("it-narrative-keys");
    }

    public static Connection database() throws SQLException {
        return postgres.getPostgresDatabase().getConnection();
    }

    /** Stops both when the whole test run ends. */
    private static final class Running implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() throws Exception {
            keycloak.close();
            postgres.close();
        }
    }
}
