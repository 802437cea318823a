package eu.cbss.impt.hub.deploy;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;

/**
 * The hub in the foreground, and what goes with it: {@code ./hub start} ({@link #start}), {@code ./hub
 * database} ({@link #database}) and {@code ./hub rotate-narrative-key} ({@link #rotateNarrativeKey}).
 * Ctrl-C or SIGTERM stops Payara Micro, Keycloak and PostgreSQL, in that order, and leaves no process
 * behind. The HUB_* environment variables it reads are listed by {@code ./hub help}
 * ({@link eu.cbss.impt.hub.deploy.command.HubCommand}).
 */
public final class Launcher {

    private static final long T0 = System.nanoTime();

    private Launcher() {
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

    public static void start() {
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
    public static void database() {
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
    public static void rotateNarrativeKey() {
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

    private static void sleepForever() {
        try {
            Thread.sleep(Long.MAX_VALUE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
