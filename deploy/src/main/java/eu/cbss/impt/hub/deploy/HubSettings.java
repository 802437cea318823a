package eu.cbss.impt.hub.deploy;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Everything a {@link Hub} needs to know: where its files are, its ports, and whether PostgreSQL and
 * Keycloak are embedded (started by the hub) or external (given by URL).
 *
 * @param checkoutDir             the project checkout (holds {@code deploy/target/dist} by default)
 * @param varDir                  the hub's own files, kept between runs: {@code postgres/},
 *                                {@code keycloak/}, {@code payara/}, {@code secrets/}, {@code logs/}
 * @param distDir                 holds {@code payara-micro.jar}, {@code hub-api.war}, {@code hub-web.war},
 *                                {@code keycloak.zip}
 * @param httpPort                Payara Micro's HTTP port
 * @param dbPort                  embedded PostgreSQL's port (ignored with an external database)
 * @param externalDbUrl           JDBC URL of an external PostgreSQL, or {@code null} for the embedded one
 * @param dbUser                  database user
 * @param dbPassword              database password
 * @param keycloakPort            embedded Keycloak's HTTP port (ignored with an external Keycloak)
 * @param keycloakManagementPort  embedded Keycloak's management port
 * @param externalKeycloakUrl     base URL of an external Keycloak (realm {@code impt} already there), or
 *                                {@code null} for the embedded one
 * @param webClientSecret         the {@code hub-web} client's secret; required with an external
 *                                Keycloak, generated into {@code var/secrets} when {@code null}
 * @param pseudonymisationKeyFile file with the base64 HMAC key; generated into {@code var/secrets}
 *                                when {@code null}
 * @param narrativeKeysFile       file with the narratives' master keys ({@code id=base64key} lines and
 *                                {@code current=id}); generated into {@code var/secrets} when {@code null}
 * @param webBaseUrl              public base URL of the UI, or {@code null} for
 *                                {@code http://localhost:<httpPort>}
 * @param apiUrl                  URL the UI calls the API at, or {@code null} for
 *                                {@code http://localhost:<httpPort>/api}
 * @param demoData                load the demo signals once (needs the demo users, so only sensible
 *                                with the embedded Keycloak)
 * @param payaraJvmOptions        JVM options of the Payara Micro process
 * @param startTimeout            how long each part may take to become ready
 */
public record HubSettings(
        Path checkoutDir,
        Path varDir,
        Path distDir,
        int httpPort,
        int dbPort,
        String externalDbUrl,
        String dbUser,
        String dbPassword,
        int keycloakPort,
        int keycloakManagementPort,
        String externalKeycloakUrl,
        String webClientSecret,
        Path pseudonymisationKeyFile,
        Path narrativeKeysFile,
        String webBaseUrl,
        String apiUrl,
        boolean demoData,
        List<String> payaraJvmOptions,
        Duration startTimeout) {

    public static final int DEFAULT_HTTP_PORT = 8080;
    public static final int DEFAULT_DB_PORT = 5433;
    public static final int DEFAULT_KEYCLOAK_PORT = 8180;
    public static final int DEFAULT_KEYCLOAK_MANAGEMENT_PORT = 9180;
    public static final String DEFAULT_DB_USER = "hub";
    public static final String DEFAULT_DB_PASSWORD = "hub";
    public static final String DB_NAME = "hub";
    public static final List<String> DEFAULT_PAYARA_JVM_OPTIONS = List.of("-Xmx1g");
    public static final Duration DEFAULT_START_TIMEOUT = Duration.ofMinutes(5);

    public HubSettings {
        checkoutDir = checkoutDir.toAbsolutePath().normalize();
        varDir = varDir.toAbsolutePath().normalize();
        distDir = distDir.toAbsolutePath().normalize();
        externalDbUrl = blankToNull(externalDbUrl);
        externalKeycloakUrl = stripSlash(blankToNull(externalKeycloakUrl));
        webClientSecret = blankToNull(webClientSecret);
        webBaseUrl = stripSlash(blankToNull(webBaseUrl));
        apiUrl = stripSlash(blankToNull(apiUrl));
        pseudonymisationKeyFile = pseudonymisationKeyFile == null ? null
                : pseudonymisationKeyFile.toAbsolutePath().normalize();
        narrativeKeysFile = narrativeKeysFile == null ? null : narrativeKeysFile.toAbsolutePath().normalize();
        payaraJvmOptions = List.copyOf(payaraJvmOptions);
        dbUser = dbUser == null ? DEFAULT_DB_USER : dbUser;
        dbPassword = dbPassword == null ? DEFAULT_DB_PASSWORD : dbPassword;
        startTimeout = startTimeout == null ? DEFAULT_START_TIMEOUT : startTimeout;
    }

    /** Embedded everything, default ports, {@code <checkout>/var}, demo data on. */
    public static HubSettings defaults() {
        Path checkout = locateCheckout();
        return new HubSettings(checkout, checkout.resolve("var"), defaultDistDir(checkout),
                DEFAULT_HTTP_PORT, DEFAULT_DB_PORT, null, DEFAULT_DB_USER, DEFAULT_DB_PASSWORD,
                DEFAULT_KEYCLOAK_PORT, DEFAULT_KEYCLOAK_MANAGEMENT_PORT, null, null, null, null, null, null,
                true, DEFAULT_PAYARA_JVM_OPTIONS, DEFAULT_START_TIMEOUT);
    }

    /**
     * The launcher's settings: {@link #defaults()} overridden by the {@code HUB_*} environment
     * variables (see {@link Launcher} for the list).
     */
    public static HubSettings fromEnvironment(Map<String, String> env) {
        HubSettings d = defaults();
        Path checkout = d.checkoutDir();
        String var = blankToNull(env.get("HUB_VAR"));
        String dist = blankToNull(env.get("HUB_DIST_DIR"));
        String keyFile = blankToNull(env.get("HUB_PSEUDONYMISATION_KEY_FILE"));
        String narrativeKeys = blankToNull(env.get("HUB_NARRATIVE_KEYS_FILE"));
        String kcUrl = blankToNull(env.get("HUB_KEYCLOAK_URL"));
        String jvm = blankToNull(env.get("HUB_PAYARA_JAVA_OPTS"));
        String demo = blankToNull(env.get("HUB_DEMO_DATA"));
        String timeout = blankToNull(env.get("HUB_START_TIMEOUT"));
        return new HubSettings(
                checkout,
                var == null ? d.varDir() : checkout.resolve(var),
                dist == null ? d.distDir() : checkout.resolve(dist),
                port(env, "HUB_HTTP_PORT", DEFAULT_HTTP_PORT),
                port(env, "HUB_DB_PORT", DEFAULT_DB_PORT),
                env.get("HUB_DB_URL"),
                env.getOrDefault("HUB_DB_USER", DEFAULT_DB_USER),
                env.getOrDefault("HUB_DB_PASSWORD", DEFAULT_DB_PASSWORD),
                port(env, "HUB_KEYCLOAK_PORT", DEFAULT_KEYCLOAK_PORT),
                port(env, "HUB_KEYCLOAK_MANAGEMENT_PORT", DEFAULT_KEYCLOAK_MANAGEMENT_PORT),
                kcUrl,
                env.get("HUB_WEB_CLIENT_SECRET"),
                keyFile == null ? null : checkout.resolve(keyFile),
                narrativeKeys == null ? null : checkout.resolve(narrativeKeys),
                env.get("HUB_WEB_BASE_URL"),
                env.get("HUB_API_URL"),
                demo == null ? kcUrl == null : Boolean.parseBoolean(demo),
                jvm == null ? DEFAULT_PAYARA_JVM_OPTIONS : Arrays.asList(jvm.trim().split("\\s+")),
                timeout == null ? DEFAULT_START_TIMEOUT : Duration.ofSeconds(parseInt("HUB_START_TIMEOUT", timeout)));
    }

    // ---- withers (for tests and benchmarks) ----

    public HubSettings withVarDir(Path dir) {
        return new HubSettings(checkoutDir, dir, distDir, httpPort, dbPort, externalDbUrl, dbUser, dbPassword,
                keycloakPort, keycloakManagementPort, externalKeycloakUrl, webClientSecret,
                pseudonymisationKeyFile, narrativeKeysFile, webBaseUrl, apiUrl, demoData, payaraJvmOptions, startTimeout);
    }

    /** The four ports of the embedded default: HTTP, PostgreSQL, Keycloak, Keycloak management. */
    public HubSettings withPorts(int http, int db, int keycloak, int keycloakManagement) {
        return new HubSettings(checkoutDir, varDir, distDir, http, db, externalDbUrl, dbUser, dbPassword,
                keycloak, keycloakManagement, externalKeycloakUrl, webClientSecret,
                pseudonymisationKeyFile, narrativeKeysFile, webBaseUrl, apiUrl, demoData, payaraJvmOptions, startTimeout);
    }

    public HubSettings withDemoData(boolean demo) {
        return new HubSettings(checkoutDir, varDir, distDir, httpPort, dbPort, externalDbUrl, dbUser, dbPassword,
                keycloakPort, keycloakManagementPort, externalKeycloakUrl, webClientSecret,
                pseudonymisationKeyFile, narrativeKeysFile, webBaseUrl, apiUrl, demo, payaraJvmOptions, startTimeout);
    }

    public HubSettings withDistDir(Path dir) {
        return new HubSettings(checkoutDir, varDir, dir, httpPort, dbPort, externalDbUrl, dbUser, dbPassword,
                keycloakPort, keycloakManagementPort, externalKeycloakUrl, webClientSecret,
                pseudonymisationKeyFile, narrativeKeysFile, webBaseUrl, apiUrl, demoData, payaraJvmOptions, startTimeout);
    }

    public HubSettings withPayaraJvmOptions(List<String> options) {
        return new HubSettings(checkoutDir, varDir, distDir, httpPort, dbPort, externalDbUrl, dbUser, dbPassword,
                keycloakPort, keycloakManagementPort, externalKeycloakUrl, webClientSecret,
                pseudonymisationKeyFile, narrativeKeysFile, webBaseUrl, apiUrl, demoData, options, startTimeout);
    }

    public HubSettings withStartTimeout(Duration timeout) {
        return new HubSettings(checkoutDir, varDir, distDir, httpPort, dbPort, externalDbUrl, dbUser, dbPassword,
                keycloakPort, keycloakManagementPort, externalKeycloakUrl, webClientSecret,
                pseudonymisationKeyFile, narrativeKeysFile, webBaseUrl, apiUrl, demoData, payaraJvmOptions, timeout);
    }

    /** An external PostgreSQL instead of the embedded one. */
    public HubSettings withExternalDatabase(String jdbcUrl, String user, String password) {
        return new HubSettings(checkoutDir, varDir, distDir, httpPort, dbPort, jdbcUrl, user, password,
                keycloakPort, keycloakManagementPort, externalKeycloakUrl, webClientSecret,
                pseudonymisationKeyFile, narrativeKeysFile, webBaseUrl, apiUrl, demoData, payaraJvmOptions, startTimeout);
    }

    /** An external Keycloak (realm {@code impt} already imported) instead of the embedded one. */
    public HubSettings withExternalKeycloak(String url, String hubWebClientSecret) {
        return new HubSettings(checkoutDir, varDir, distDir, httpPort, dbPort, externalDbUrl, dbUser, dbPassword,
                keycloakPort, keycloakManagementPort, url, hubWebClientSecret,
                pseudonymisationKeyFile, narrativeKeysFile, webBaseUrl, apiUrl, demoData, payaraJvmOptions, startTimeout);
    }

    // ---- derived values ----

    public boolean embeddedDatabase() {
        return externalDbUrl == null;
    }

    public boolean embeddedKeycloak() {
        return externalKeycloakUrl == null;
    }

    /** The JDBC URL the API uses. */
    public String jdbcUrl() {
        return embeddedDatabase() ? "jdbc:postgresql://127.0.0.1:" + dbPort + "/" + DB_NAME : externalDbUrl;
    }

    /** Keycloak's base URL, e.g. {@code http://localhost:8180}: the issuer is {@code <url>/realms/impt}. */
    public String keycloakUrl() {
        return embeddedKeycloak() ? "http://localhost:" + keycloakPort : externalKeycloakUrl;
    }

    /** The hub on this machine, e.g. {@code http://localhost:8080}: health, API calls from here. */
    public String localUrl() {
        return "http://localhost:" + httpPort;
    }

    /** The UI's public base URL ({@code HUB_WEB_BASE_URL}). */
    public String effectiveWebBaseUrl() {
        return webBaseUrl != null ? webBaseUrl : localUrl();
    }

    /** Where the UI calls the API ({@code HUB_API_URL}). */
    public String effectiveApiUrl() {
        return apiUrl != null ? apiUrl : localUrl() + "/api";
    }

    public Path secretsDir() {
        return varDir.resolve("secrets");
    }

    public Path logsDir() {
        return varDir.resolve("logs");
    }

    /** Problems that make these settings unusable, each a sentence; empty when fine. */
    public List<String> problems() {
        List<String> p = new ArrayList<>();
        if (!embeddedKeycloak() && webClientSecret == null) {
            p.add("HUB_KEYCLOAK_URL is set (external Keycloak) but HUB_WEB_CLIENT_SECRET is not: "
                    + "set it to the secret of the realm's hub-web client.");
        }
        if (!embeddedKeycloak() && !externalKeycloakUrl.matches("https?://.+")) {
            p.add("HUB_KEYCLOAK_URL must be an http(s) URL, got " + externalKeycloakUrl);
        }
        if (!embeddedDatabase() && !externalDbUrl.startsWith("jdbc:postgresql:")) {
            p.add("HUB_DB_URL must be a jdbc:postgresql: URL, got " + externalDbUrl);
        }
        if (pseudonymisationKeyFile != null && !Files.isReadable(pseudonymisationKeyFile)) {
            p.add("HUB_PSEUDONYMISATION_KEY_FILE names a file that cannot be read: " + pseudonymisationKeyFile);
        }
        if (narrativeKeysFile != null && !Files.isReadable(narrativeKeysFile)) {
            p.add("HUB_NARRATIVE_KEYS_FILE names a file that cannot be read: " + narrativeKeysFile);
        }
        if (!dbUser.matches("[a-z_][a-z0-9_]*") && embeddedDatabase()) {
            p.add("HUB_DB_USER must be a plain lower-case identifier for the embedded database, got " + dbUser);
        }
        return p;
    }

    // ---- helpers ----

    /**
     * The project checkout: system property {@code hub.home}, else {@code HUB_HOME}, else the first
     * folder above this class's jar or classes folder that holds {@code deploy/pom.xml}, else the
     * working directory.
     */
    public static Path locateCheckout() {
        String home = System.getProperty("hub.home", System.getenv("HUB_HOME"));
        if (home != null && !home.isBlank()) {
            return Paths.get(home).toAbsolutePath().normalize();
        }
        try {
            Path p = Paths.get(HubSettings.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path d = p; d != null; d = d.getParent()) {
                if (Files.isRegularFile(d.resolve("deploy/pom.xml")) && Files.isRegularFile(d.resolve("pom.xml"))) {
                    return d.toAbsolutePath().normalize();
                }
            }
        } catch (URISyntaxException | RuntimeException ignored) {
            // fall through to the working directory
        }
        return Paths.get("").toAbsolutePath();
    }

    private static Path defaultDistDir(Path checkout) {
        String dist = System.getProperty("hub.dist.dir");
        return dist != null && !dist.isBlank() ? Paths.get(dist) : checkout.resolve("deploy/target/dist");
    }

    private static int port(Map<String, String> env, String name, int dflt) {
        String v = blankToNull(env.get(name));
        if (v == null) {
            return dflt;
        }
        int port = parseInt(name, v);
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException(name + " must be a port number (1-65535), got " + v);
        }
        return port;
    }

    private static int parseInt(String name, String v) {
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number, got " + v);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String stripSlash(String s) {
        if (s == null) {
            return null;
        }
        String r = s;
        while (r.endsWith("/")) {
            r = r.substring(0, r.length() - 1);
        }
        return r;
    }
}
