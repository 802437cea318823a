package eu.cbss.impt.hub.deploy;

import eu.cbss.impt.hub.realm.Tokens;
import eu.cbss.impt.hub.realm.KeycloakServer;
import eu.cbss.impt.hub.realm.RealmComposer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The whole hub on one machine: PostgreSQL (embedded unless external), Keycloak (embedded unless
 * external), Payara Micro with {@code hub-api.war} and {@code hub-web.war}, and the demo signals.
 * Used by the launcher, the end-to-end tests and the benchmarks.
 *
 * <pre>{@code
 * try (Hub hub = new Hub(HubSettings.defaults().withVarDir(tmp).withPorts(8280, 5533, 8380, 9380)).start()) {
 *     String token = hub.token("worker1", "demo");
 *     ... hub.apiUrl() + "/v1/signals" ...
 * }
 * }</pre>
 *
 * <p>{@link #start()} stops what it started and throws {@link HubStartException} if a part fails.
 * {@link #close()} stops Payara, Keycloak and PostgreSQL in that order, each with a timeout; it is
 * idempotent, may be called from another thread while {@code start()} runs, and also runs from a JVM
 * shutdown hook (Ctrl-C, SIGTERM) that {@code start()} registers.
 */
public final class Hub implements AutoCloseable {

    private static final Duration KEYCLOAK_STOP_TIMEOUT = Duration.ofSeconds(45);

    private final HubSettings settings;
    private final Consumer<String> progress;

    private final Object spawnLock = new Object();
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicReference<EmbeddedDatabase> database = new AtomicReference<>();
    private final AtomicReference<KeycloakServer> keycloak = new AtomicReference<>();
    private final AtomicReference<PayaraServer> payara = new AtomicReference<>();
    private final AtomicReference<Thread> shutdownHook = new AtomicReference<>();
    private volatile Secrets secrets;
    private volatile boolean closing;
    private volatile String demoDataProblem;

    public Hub(HubSettings settings) {
        this(settings, System.out::println);
    }

    /** @param progress receives one line per step ("PostgreSQL: ready ..."); the launcher timestamps them */
    public Hub(HubSettings settings, Consumer<String> progress) {
        this.settings = settings;
        this.progress = progress;
    }

    /**
     * Starts every part and waits until the hub is ready ({@code /health/ready} UP, {@code /openapi}
     * describing the API), then loads the demo organisations (each start) and signals (once) if the
     * settings ask for it.
     *
     * @return this
     * @throws HubStartException if a part does not start (what was started is stopped again)
     */
    public Hub start() {
        if (closing || started.getAndSet(true)) {
            throw new IllegalStateException(closing ? "this Hub was closed" : "already started");
        }
        List<String> problems = settings.problems();
        if (!problems.isEmpty()) {
            throw new HubStartException(String.join("\n", problems));
        }
        Thread hook = new Thread(this::close, "hub-shutdown");
        shutdownHook.set(hook);
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            Files.createDirectories(settings.logsDir());
            secrets = Secrets.load(settings);
            stopLeftovers();
            checkPorts();
            startDatabase();
            checkNotClosing();
            startKeycloak();
            checkNotClosing();
            startPayara();
            checkNotClosing();
            if (settings.demoData()) {
                loadDemoData();
            }
            return this;
        } catch (RuntimeException | IOException | SQLException e) {
            boolean interrupted = closing;
            if (!interrupted) {
                String m = describe(e);
                progress.accept("FAILED: " + (m.contains("\n") ? m.substring(0, m.indexOf('\n')) : m));
            }
            close();
            if (interrupted) {
                throw new HubStartException("the hub was stopped while starting", e);
            }
            throw e instanceof HubStartException h ? h : new HubStartException(describe(e), e);
        }
    }

    /** Stops what a launcher killed with {@code kill -9} left running on this var folder. */
    private void stopLeftovers() {
        PayaraServer.stopLeftover(PayaraServer.pidFile(settings.varDir().resolve("payara")), progress);
        if (settings.embeddedKeycloak()) {
            stopLeftoverKeycloak(settings.varDir().resolve("keycloak"));
        }
        if (settings.embeddedDatabase()) {
            EmbeddedDatabase.stopLeftover(settings.varDir().resolve("postgres"), progress);
        }
    }

    /** Fails before starting anything if a port is taken. */
    private void checkPorts() {
        requirePortFree(settings.httpPort(), "the hub (Payara Micro)", "HUB_HTTP_PORT");
        if (settings.embeddedDatabase()) {
            requirePortFree(settings.dbPort(), "PostgreSQL", "HUB_DB_PORT");
        }
        if (settings.embeddedKeycloak()) {
            requirePortFree(settings.keycloakPort(), "Keycloak", "HUB_KEYCLOAK_PORT");
            requirePortFree(settings.keycloakManagementPort(), "Keycloak's management interface",
                    "HUB_KEYCLOAK_MANAGEMENT_PORT");
        }
    }

    private void startDatabase() throws IOException, SQLException {
        long t0 = System.nanoTime();
        if (!settings.embeddedDatabase()) {
            progress.accept("PostgreSQL: external, " + settings.jdbcUrl());
            DriverManager.setLoginTimeout(10);
            try (Connection c = DriverManager.getConnection(settings.jdbcUrl(), settings.dbUser(), settings.dbPassword())) {
                c.isValid(5);
            } catch (SQLException e) {
                throw new HubStartException("cannot connect to the external database " + settings.jdbcUrl()
                        + " as " + settings.dbUser() + ": " + e.getMessage(), e);
            }
            progress.accept("PostgreSQL: reachable" + took(t0));
            return;
        }
        Path dataDir = settings.varDir().resolve("postgres");
        progress.accept("PostgreSQL: starting on 127.0.0.1:" + settings.dbPort() + " (data " + dataDir + ")…");
        EmbeddedDatabase db;
        synchronized (spawnLock) {
            checkNotClosing();
            try {
                db = EmbeddedDatabase.start(dataDir, settings.dbPort(), settings.logsDir().resolve("postgres.log"),
                        Duration.ofSeconds(60));
            } catch (IOException | RuntimeException e) {
                throw new HubStartException("PostgreSQL did not start: " + describe(e) + " (see "
                        + settings.logsDir().resolve("postgres.log") + ")", e);
            }
            database.set(db);
        }
        db.detachLibraryShutdownHook(); // we stop it ourselves, after Payara
        db.ensureDatabase(HubSettings.DB_NAME, settings.dbUser(), settings.dbPassword());
        progress.accept("PostgreSQL: ready, database " + HubSettings.DB_NAME + " owned by " + settings.dbUser() + took(t0));
    }

    private void startKeycloak() throws IOException {
        long t0 = System.nanoTime();
        if (!settings.embeddedKeycloak()) {
            progress.accept("Keycloak: external, " + settings.keycloakUrl());
            URI discovery = URI.create(settings.keycloakUrl() + "/realms/" + RealmComposer.REALM
                    + "/.well-known/openid-configuration");
            int status = httpStatus(discovery);
            if (status != 200) {
                throw new HubStartException("the external Keycloak does not serve the realm " + RealmComposer.REALM
                        + ": " + discovery + " answered " + (status < 0 ? "nothing" : "HTTP " + status));
            }
            progress.accept("Keycloak: realm " + RealmComposer.REALM + " found" + took(t0));
            return;
        }
        Path zip = settings.distDir().resolve("keycloak.zip");
        KeycloakServer kc = KeycloakServer.builder()
                .distributionZip(Files.isRegularFile(zip) ? zip : KeycloakServer.resolveDistribution())
                .home(settings.varDir().resolve("keycloak"))
                .httpPort(settings.keycloakPort())
                .managementPort(settings.keycloakManagementPort())
                .hostnameUrl(settings.keycloakUrl())
                .realmJson(RealmComposer.compose(true, secrets.webClientSecret(), List.of(settings.effectiveWebBaseUrl())))
                .logFile(settings.logsDir().resolve("keycloak.log"))
                .startTimeout(settings.startTimeout())
                .progress(progress)
                .build();
        synchronized (spawnLock) {
            checkNotClosing();
            keycloak.set(kc);
        }
        try {
            kc.start();
        } catch (IllegalStateException e) {
            throw new HubStartException(e.getMessage(), e);
        }
    }

    private void startPayara() throws IOException {
        long t0 = System.nanoTime();
        Path dist = settings.distDir();
        progress.accept("Payara Micro: starting hub-api.war and hub-web.war on port " + settings.httpPort()
                + " (log " + settings.logsDir().resolve("payara.log") + ")…");
        PayaraServer ps;
        synchronized (spawnLock) {
            checkNotClosing();
            ps = PayaraServer.start(dist.resolve("payara-micro.jar"),
                    List.of(dist.resolve("hub-api.war"), dist.resolve("hub-web.war")),
                    settings.httpPort(), settings.varDir().resolve("payara"), settings.logsDir().resolve("payara.log"),
                    payaraEnvironment(), settings.payaraJvmOptions());
            payara.set(ps);
        }
        ps.awaitReady(URI.create(settings.localUrl() + "/health/ready"),
                List.of(URI.create(apiUrl() + "/v1/signals"), URI.create(settings.localUrl() + "/")),
                settings.startTimeout());
        String openApi = PayaraServer.awaitOpenApi(URI.create(settings.localUrl() + "/openapi?format=json"), Duration.ofSeconds(30));
        if (openApi != null) {
            progress.accept("Payara Micro: warning: " + settings.localUrl() + "/openapi does not describe the API: " + openApi);
        }
        int ui = httpStatus(URI.create(settings.localUrl() + "/"));
        if (ui >= 500) {
            progress.accept("Payara Micro: warning: the UI answers HTTP " + ui + " at " + settings.localUrl() + "/");
        }
        progress.accept("Payara Micro: ready, health UP (pid " + ps.pid() + ")" + took(t0));
    }

    private void loadDemoData() {
        long t0 = System.nanoTime();
        Path marker = settings.varDir().resolve("demo-loaded");
        boolean signalsLoaded = Files.exists(marker);
        progress.accept(signalsLoaded ? "Demo data: checking that the demo organisations are registered…"
                : "Demo data: registering the demo organisations and importing the demo signals through the API…");
        try {
            DemoData.Loaded loaded = DemoData.loadOnce(settings.keycloakUrl(), apiUrl(), marker);
            demoDataProblem = null;
            progress.accept("Demo data: " + loaded.organisationsRegistered() + " organisations registered now, "
                    + (signalsLoaded ? "signals already loaded (" + marker + ")" : loaded.signals() + " signals") + took(t0));
        } catch (HubStartException | IllegalStateException e) {
            // the hub itself is up: say so loudly, and try again at the next start
            demoDataProblem = e.getMessage();
            progress.accept("Demo data: WARNING, not loaded (retried at the next start): " + e.getMessage());
        }
    }

    /** Why the demo data could not be loaded at this start, if it could not. */
    public Optional<String> demoDataProblem() {
        return Optional.ofNullable(demoDataProblem);
    }

    /** The environment of the Payara process: the API's and the UI's MicroProfile Config keys. */
    Map<String, String> payaraEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("HUB_DB_URL", settings.jdbcUrl());
        env.put("HUB_DB_USER", settings.dbUser());
        env.put("HUB_DB_PASSWORD", settings.dbPassword());
        env.put("HUB_KEYCLOAK_URL", settings.keycloakUrl());
        env.put("HUB_PSEUDONYMISATION_KEY_FILE", secrets.pseudonymisationKeyFile().toString());
        env.put("HUB_NARRATIVE_KEYS_FILE", secrets.narrativeKeysFile().toString());
        env.put("HUB_WEB_CLIENT_SECRET", secrets.webClientSecret());
        env.put("HUB_WEB_BASE_URL", settings.effectiveWebBaseUrl());
        env.put("HUB_API_URL", settings.effectiveApiUrl());
        return env;
    }

    /**
     * Stops Payara (SIGTERM, its descendants, SIGKILL after 30 s), then Keycloak (45 s), then PostgreSQL
     * (30 s). Idempotent; never throws.
     */
    @Override
    public void close() {
        closing = true;
        synchronized (spawnLock) {
            // waits while start() is spawning a process, so that no part escapes
        }
        stopPart("Payara Micro", payara.getAndSet(null), Duration.ofSeconds(45));
        stopPart("Keycloak", keycloak.getAndSet(null), KEYCLOAK_STOP_TIMEOUT);
        stopPart("PostgreSQL", database.getAndSet(null), Duration.ofSeconds(45));
        Thread hook = shutdownHook.getAndSet(null);
        if (hook != null && Thread.currentThread() != hook) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is exiting; the hook is running or has run
            }
        }
    }

    private void stopPart(String name, AutoCloseable part, Duration timeout) {
        if (part == null) {
            return;
        }
        long t0 = System.nanoTime();
        Thread t = new Thread(() -> {
            try {
                part.close();
            } catch (Exception e) {
                progress.accept(name + ": error while stopping: " + e);
            }
        }, "stop-" + name);
        t.setDaemon(true);
        t.start();
        try {
            t.join(timeout.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        progress.accept(name + (t.isAlive() ? ": did not stop within " + timeout.toSeconds() + " s" : ": stopped") + took(t0));
    }

    // ---- what tests and benchmarks need ----

    public HubSettings settings() {
        return settings;
    }

    /** The hub on this machine, e.g. {@code http://localhost:8080}. */
    public String baseUrl() {
        return settings.localUrl();
    }

    /** The API's base, e.g. {@code http://localhost:8080/api} (resources are under {@code /v1}). */
    public String apiUrl() {
        return settings.localUrl() + "/api";
    }

    /** Keycloak's base URL, e.g. {@code http://localhost:8180}. */
    public String keycloakUrl() {
        return settings.keycloakUrl();
    }

    /** The realm's issuer, e.g. {@code http://localhost:8180/realms/impt}. */
    public String issuer() {
        return settings.keycloakUrl() + "/realms/" + RealmComposer.REALM;
    }

    public String jdbcUrl() {
        return settings.jdbcUrl();
    }

    public String dbUser() {
        return settings.dbUser();
    }

    public String dbPassword() {
        return settings.dbPassword();
    }

    /** A JDBC connection to the hub's database as its user. */
    public Connection openConnection() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), dbUser(), dbPassword());
    }

    /** An access token for a demo user (password grant on {@code hub-cli}, demo realm only). */
    public String token(String username, String password) {
        return new Tokens(keycloakUrl()).password(username, password).accessToken();
    }

    public Secrets secrets() {
        return secrets;
    }

    public Path payaraLog() {
        return settings.logsDir().resolve("payara.log");
    }

    public Path keycloakLog() {
        return settings.logsDir().resolve("keycloak.log");
    }

    public Path postgresLog() {
        return settings.logsDir().resolve("postgres.log");
    }

    /** The Payara process, while it runs. */
    public Optional<ProcessHandle> payaraProcess() {
        PayaraServer p = payara.get();
        return p == null ? Optional.empty() : ProcessHandle.of(p.pid());
    }

    /** PostgreSQL's server process (embedded database only), while it runs. */
    public Optional<ProcessHandle> postgresProcess() {
        EmbeddedDatabase d = database.get();
        return d == null || d.postmasterPid() < 0 ? Optional.empty() : ProcessHandle.of(d.postmasterPid());
    }

    /** Completes when Payara ends (for whatever reason); never completes if it never started. */
    public CompletableFuture<?> payaraExit() {
        PayaraServer p = payara.get();
        return p == null ? new CompletableFuture<>() : p.onExit();
    }

    /** Whether {@link #close()} has been called (or the JVM is shutting down). */
    public boolean isClosing() {
        return closing;
    }

    // ---- helpers ----

    private void checkNotClosing() {
        if (closing) {
            throw new HubStartException("the hub was stopped while starting");
        }
    }

    /**
     * Stops a Keycloak left running on this hub's Keycloak home by a launcher that was killed with
     * {@code kill -9} (recognised by its {@code -Dkc.home.dir} pointing into {@code home}).
     */
    private void stopLeftoverKeycloak(Path home) {
        String marker = "-Dkc.home.dir=" + home.toAbsolutePath().normalize() + "/";
        ProcessHandle.allProcesses()
                .filter(p -> p.info().arguments().map(a -> List.of(a).stream().anyMatch(x -> x.startsWith(marker)))
                        .orElse(false))
                .forEach(p -> {
                    progress.accept("Keycloak: stopping an instance left running by an earlier launcher (pid " + p.pid() + ")");
                    p.destroy();
                    try {
                        p.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
                    } catch (Exception e) {
                        p.destroyForcibly();
                    }
                });
    }

    private static void requirePortFree(int port, String what, String variable) {
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress(InetAddress.getByName("0.0.0.0"), port));
        } catch (IOException e) {
            throw new HubStartException("port " + port + " for " + what + " is already in use: is another hub "
                    + "running? Stop it, or choose another port with " + variable + ".");
        }
    }

    private static int httpStatus(URI uri) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try {
            return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static String took(long t0) {
        return String.format(" (%.1f s)", (System.nanoTime() - t0) / 1e9);
    }

    private static String describe(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.toString() : m;
    }
}
