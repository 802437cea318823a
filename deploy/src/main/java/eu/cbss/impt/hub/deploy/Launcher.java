package eu.cbss.impt.hub.deploy;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;

/**
 * {@code ./hub start}: the whole hub in one foreground process. Ctrl-C or SIGTERM stops Payara
 * Micro, Keycloak and PostgreSQL, in that order, and leaves no process behind.
 *
 * <p>Environment variables (all optional):
 * <table>
 *   <caption>launcher settings</caption>
 *   <tr><td>HUB_HTTP_PORT</td><td>8080</td><td>the hub (UI at /, API at /api, health at /health)</td></tr>
 *   <tr><td>HUB_VAR</td><td>&lt;checkout&gt;/var</td><td>data, secrets and logs, kept between runs</td></tr>
 *   <tr><td>HUB_DB_PORT</td><td>5433</td><td>embedded PostgreSQL (127.0.0.1 only)</td></tr>
 *   <tr><td>HUB_DB_URL, HUB_DB_USER, HUB_DB_PASSWORD</td><td>-, hub, hub</td><td>an external PostgreSQL
 *       instead of the embedded one</td></tr>
 *   <tr><td>HUB_KEYCLOAK_PORT, HUB_KEYCLOAK_MANAGEMENT_PORT</td><td>8180, 9180</td><td>embedded Keycloak</td></tr>
 *   <tr><td>HUB_KEYCLOAK_URL + HUB_WEB_CLIENT_SECRET</td><td>-</td><td>an external Keycloak with the realm
 *       impt instead of the embedded one (no demo users, no demo data)</td></tr>
 *   <tr><td>HUB_PSEUDONYMISATION_KEY_FILE</td><td>var/secrets/pseudonymisation.key</td><td>the HMAC key file</td></tr>
 *   <tr><td>HUB_NARRATIVE_KEYS_FILE</td><td>var/secrets/narrative-keys</td><td>the narratives' master keys</td></tr>
 *   <tr><td>HUB_WEB_BASE_URL, HUB_API_URL</td><td>http://localhost:PORT, .../api</td><td>public UI URL;
 *       where the UI calls the API</td></tr>
 *   <tr><td>HUB_DEMO_DATA</td><td>true with the embedded Keycloak</td><td>register the demo organisations; post the demo signals once</td></tr>
 *   <tr><td>HUB_PAYARA_JAVA_OPTS</td><td>-Xmx1g</td><td>Payara Micro's JVM options</td></tr>
 *   <tr><td>HUB_START_TIMEOUT</td><td>300</td><td>seconds each part may take to get ready</td></tr>
 * </table>
 */
public final class Launcher {

    private static final long T0 = System.nanoTime();

    private Launcher() {
    }

    public static void main(String[] args) {
        String cmd = args.length == 0 ? "help" : args[0];
        switch (cmd) {
            case "start":
                start();
                break;
            case "database":
                database();
                break;
            case "rotate-narrative-key":
                rotateNarrativeKey();
                break;
            case "help":
            case "--help":
            case "-h":
                System.out.println(usage());
                break;
            default:
                System.err.println("unknown command: " + cmd + "\n\n" + usage());
                System.exit(2);
        }
    }

    /** The HUB_* settings, or exit 2 with the reason when one is not valid. */
    private static HubSettings settingsFromEnvironment() {
        try {
            return HubSettings.fromEnvironment(System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("hub: " + e.getMessage());
            System.exit(2);
            throw e;
        }
    }

    static void start() {
        HubSettings settings = settingsFromEnvironment();
        progress("IMPT Hub: starting (var " + settings.varDir() + ")");
        Hub hub = new Hub(settings, Launcher::progress);
        try {
            hub.start();
        } catch (HubStartException e) {
            if (hub.isClosing() && e.getMessage().contains("stopped while starting")) {
                System.exit(130);
            }
            System.err.println();
            System.err.println("The hub did not start: " + e.getMessage());
            System.err.println("(logs in " + settings.logsDir() + ")");
            System.exit(1);
            return;
        }
        System.out.println(banner(hub, (System.nanoTime() - T0) / 1e9));
        try {
            hub.payaraExit().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // the process ended either way
        }
        if (!hub.isClosing()) {
            System.err.println("Payara Micro stopped unexpectedly. Last lines of " + hub.payaraLog() + ":\n"
                    + PayaraServer.tail(hub.payaraLog(), 30));
            System.exit(1);
        }
        // otherwise the shutdown hook is stopping the other parts; the JVM exits when it is done
        sleepForever();
    }

    /**
     * {@code database}: only the embedded PostgreSQL (database, user and password as for {@code start}),
     * in the foreground, for running the API from an IDE or its tests against it. Ctrl-C stops it.
     */
    static void database() {
        HubSettings settings = settingsFromEnvironment();
        Path dataDir = settings.varDir().resolve("postgres");
        progress("PostgreSQL: starting on 127.0.0.1:" + settings.dbPort() + " (data " + dataDir + ")…");
        EmbeddedDatabase db;
        try {
            db = EmbeddedDatabase.start(dataDir, settings.dbPort(), settings.logsDir().resolve("postgres.log"),
                    Duration.ofSeconds(60));
        } catch (IOException | RuntimeException e) {
            System.err.println("PostgreSQL did not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        db.detachLibraryShutdownHook();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            long t0 = System.nanoTime();
            db.close();
            progress(String.format("PostgreSQL: stopped (%.1f s)", (System.nanoTime() - t0) / 1e9));
        }, "database-shutdown"));
        try {
            db.ensureDatabase(HubSettings.DB_NAME, settings.dbUser(), settings.dbPassword());
        } catch (SQLException e) {
            System.err.println("PostgreSQL: cannot create the database: " + e.getMessage());
            System.exit(1);
        }
        progress("PostgreSQL: ready at " + settings.jdbcUrl() + " (user " + settings.dbUser() + ", pid "
                + db.postmasterPid() + "); Ctrl-C stops it");
        sleepForever();
    }

    /**
     * {@code rotate-narrative-key}: a new narrative master key, made current. A running hub picks it
     * up on its next use of the keys file; existing data keys are re-wrapped by a hub administrator
     * with {@code POST /api/v1/admin/narrative-keys/rewrap}.
     */
    static void rotateNarrativeKey() {
        HubSettings settings = settingsFromEnvironment();
        Path file = Secrets.narrativeKeysFile(settings);
        try {
            String id = Secrets.rotateNarrativeKey(file);
            System.out.println("New narrative master key " + id + " is current in " + file + ".\n"
                    + "A running hub wraps new narratives with it from now on; the older keys stay in the file.\n"
                    + "Re-wrap the existing narratives' data keys (as a hub-admin user):\n"
                    + "  curl -X POST -H \"Authorization: Bearer $TOKEN\" " + settings.effectiveApiUrl()
                    + "/v1/admin/narrative-keys/rewrap\n"
                    + "Keep the old keys until GET /api/v1/admin/narrative-keys shows none of them in use.");
        } catch (RuntimeException e) {
            System.err.println("hub: " + e.getMessage());
            System.exit(1);
        }
    }

    static void progress(String line) {
        System.out.printf("[%6.1f s] %s%n", (System.nanoTime() - T0) / 1e9, line);
        System.out.flush();
    }

    static String banner(Hub hub, double seconds) {
        HubSettings s = hub.settings();
        StringBuilder b = new StringBuilder();
        String rule = "=".repeat(78);
        b.append('\n').append(rule).append('\n');
        b.append(String.format(" IMPT Hub is ready (%.0f s)%n%n", seconds));
        b.append("   Hub:        ").append(s.effectiveWebBaseUrl()).append("/\n");
        b.append("   API:        ").append(hub.apiUrl()).append("/v1/signals   (OpenAPI: ").append(hub.baseUrl())
                .append("/openapi)\n");
        b.append("   Health:     ").append(hub.baseUrl()).append("/health/ready\n");
        b.append("   Keycloak:   ").append(hub.keycloakUrl()).append("/  (realm impt")
                .append(s.embeddedKeycloak() ? "; admin console user admin, password in "
                        + s.varDir().resolve("keycloak/admin-password.txt") : "").append(")\n");
        b.append("   Database:   ").append(hub.jdbcUrl()).append(" (user ").append(hub.dbUser()).append(")\n");
        b.append("   Data, logs: ").append(s.varDir()).append("  (logs in ").append(s.logsDir()).append(")\n");
        if (s.embeddedKeycloak()) {
            b.append("\n Demo logins (password: demo)\n");
            b.append(String.format("   %-12s %-22s %s%n", "user", "role", "organisation / region"));
            String[][] users = {
                {"worker1", "social-worker", "municipal social service, EE001 (Põhja-Eesti)"},
                {"worker2", "social-worker", "NGO, EE001 (Põhja-Eesti)"},
                {"worker3", "social-worker", "police unit, EE008 (Lõuna-Eesti)"},
                {"regional1", "regional-coordinator", "region A's network, EE001"},
                {"regional2", "regional-coordinator", "region B's network, EE008"},
                {"national1", "national-coordinator", "national coordination"},
                {"national2", "national-coordinator", "national coordination"},
                {"partner1", "partner-country", "a partner country's hub (FI)"},
                {"researcher1", "researcher", "a university"},
                {"admin1", "hub-admin", "the operator"},
            };
            for (String[] u : users) {
                b.append(String.format("   %-12s %-22s %s%n", u[0], u[1], u[2]));
            }
            b.append("\n A token for scripts:\n");
            b.append("   TOKEN=$(curl -s -d grant_type=password -d client_id=hub-cli -d username=worker1 -d password=demo \\\n");
            b.append("     ").append(hub.keycloakUrl()).append("/realms/impt/protocol/openid-connect/token | sed -E 's/.*\"access_token\":\"([^\"]+)\".*/\\1/')\n");
            b.append("   curl -H \"Authorization: Bearer $TOKEN\" ").append(hub.apiUrl()).append("/v1/signals\n");
        }
        b.append("\n Ctrl-C stops everything.\n");
        b.append(rule);
        return b.toString();
    }

    static String usage() {
        return String.join("\n",
                "usage: ./hub <command>",
                "",
                "  start                 build if needed, then run the hub in the foreground: embedded PostgreSQL,",
                "                        Keycloak with the demo realm, Payara Micro with hub-api and hub-web, demo data.",
                "                        Ctrl-C or SIGTERM stops everything.",
                "  database              only the embedded PostgreSQL, in the foreground (for running the API elsewhere)",
                "  test                  every test (unit, Arquillian, end-to-end in headless Chromium)",
                "  rotate-narrative-key  a new narrative master key, made current (the running hub picks it up); then",
                "                        re-wrap: POST /api/v1/admin/narrative-keys/rewrap as hub-admin (docs/running.md)",
                "  bench intake [--seconds 60] [--clients 8]",
                "                        signal intake throughput and latency beside a plain JDBC baseline",
                "  bench import [--rows 100000]",
                "                        a bulk CSV import: rows/s, peak heap, another user's latency, beside a JDBC baseline",
                "  bench linkage [--records 100000] [--threshold 0.76]",
                "                        child linkage on synthetic records beside exact-token and all-pairs baselines",
                "  bench linkage --in-hub [--records 200000] [--probes 60]",
                "                        filing and linking one signal in the running hub with a full store, beside an empty store",
                "  mse --input FILE.tsv [--rule aic-wald|poisson-overlap]",
                "                        multiple systems estimation on an overlap table (docs/estimation.md)",
                "  help                  this text",
                "",
                "environment (all optional):",
                "  HUB_HTTP_PORT=8080                      the hub: UI at /, API at /api/v1, health at /health",
                "  HUB_VAR=<checkout>/var                  data, secrets and logs, kept between runs",
                "  HUB_DB_PORT=5433                        embedded PostgreSQL (127.0.0.1, database hub, user hub)",
                "  HUB_DB_URL, HUB_DB_USER, HUB_DB_PASSWORD an external PostgreSQL instead (jdbc:postgresql://...)",
                "  HUB_KEYCLOAK_PORT=8180                  embedded Keycloak",
                "  HUB_KEYCLOAK_MANAGEMENT_PORT=9180       embedded Keycloak's management interface",
                "  HUB_KEYCLOAK_URL, HUB_WEB_CLIENT_SECRET an external Keycloak with the realm impt instead",
                "                                          (both required; no demo users, no demo data)",
                "  HUB_PSEUDONYMISATION_KEY_FILE           HMAC key file (default: generated in var/secrets)",
                "  HUB_NARRATIVE_KEYS_FILE                 narrative master keys (default: generated in var/secrets)",
                "  HUB_WEB_BASE_URL=http://localhost:8080  the UI's public URL (login redirects)",
                "  HUB_API_URL=http://localhost:8080/api   where the UI calls the API",
                "  HUB_DEMO_DATA=true|false                demo organisations, and the demo signals once (default: with embedded Keycloak)",
                "  HUB_PAYARA_JAVA_OPTS=-Xmx1g             Payara Micro's JVM options",
                "  HUB_START_TIMEOUT=300                   seconds each part may take to get ready");
    }

    private static void sleepForever() {
        try {
            Thread.sleep(Long.MAX_VALUE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
