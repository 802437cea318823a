package eu.cbss.impt.hub.realm;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Runs a Keycloak distribution ({@code org.keycloak:keycloak-quarkus-dist}, zip) as a child process in
 * development mode, with the hub's realm imported.
 *
 * <pre>{@code
 * try (KeycloakServer kc = KeycloakServer.builder()
 *         .distributionZip(KeycloakServer.resolveDistribution())
 *         .home(Path.of("var/keycloak"))
 *         .httpPort(8180).managementPort(9180)
 *         .hostnameUrl("http://localhost:8180")
 *         .realmJson(RealmComposer.compose(true, secret, List.of("http://localhost:8080")))
 *         .build()) {
 *     kc.start();
 *     ... kc.issuer(), kc.tokenEndpoint() ...
 * }
 * }</pre>
 *
 * <p>The realm JSON is written to {@code home/data/import/impt-realm.json}; Keycloak imports it only
 * when the realm does not exist yet, so a home folder kept between runs keeps its realm, users and
 * keys (delete {@code home/data/h2} to start over).
 */
public final class KeycloakServer implements AutoCloseable {

    /** The Keycloak version this module is built and tested with. */
    public static final String VERSION = "26.4.7";
    /** Default startup timeout. */
    public static final Duration DEFAULT_START_TIMEOUT = Duration.ofMinutes(5);

    private static final int LOG_TAIL_LINES = 40;
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final Path distributionZip;
    private final Path home;
    private final int httpPort;
    private final int managementPort;
    private final String hostnameUrl;
    private final String realm;
    private final String realmJson;
    private final Path logFile;
    private final Duration startTimeout;
    private final List<String> extraArgs;
    private final Consumer<String> progress;

    private Process process;
    private Thread shutdownHook;
    private boolean closed;

    private KeycloakServer(Builder b) {
        this.home = Objects.requireNonNull(b.home, "home").toAbsolutePath().normalize();
        this.distributionZip = b.distributionZip == null ? null : b.distributionZip.toAbsolutePath().normalize();
        this.httpPort = b.httpPort;
        this.managementPort = b.managementPort;
        this.hostnameUrl = stripSlash(b.hostnameUrl != null ? b.hostnameUrl : "http://localhost:" + b.httpPort);
        this.realm = b.realm;
        this.realmJson = b.realmJson;
        this.logFile = (b.logFile != null ? b.logFile : home.resolve("keycloak.log")).toAbsolutePath().normalize();
        this.startTimeout = b.startTimeout != null ? b.startTimeout : DEFAULT_START_TIMEOUT;
        this.extraArgs = List.copyOf(b.extraArgs);
        this.progress = b.progress != null ? b.progress : System.out::println;
        if (httpPort == managementPort) {
            throw new IllegalArgumentException("httpPort and managementPort must differ: " + httpPort);
        }
    }

    /** A new builder. Required: {@code home}; {@code distributionZip} unless home is already unpacked. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Unpacks the distribution if needed, writes the realm to import, starts Keycloak and waits until
     * the realm's OpenID configuration answers 200.
     *
     * @return this
     * @throws IllegalStateException if Keycloak dies or does not get ready within the start timeout
     *                               (the message carries the last 40 lines of the log)
     */
    public synchronized KeycloakServer start() throws IOException {
        if (closed) {
            throw new IllegalStateException("this KeycloakServer was closed");
        }
        if (process != null) {
            throw new IllegalStateException("already started");
        }
        long t0 = System.nanoTime();
        Path kcSh = home.resolve("bin").resolve("kc.sh");
        if (!Files.isRegularFile(kcSh)) {
            if (distributionZip == null) {
                throw new IllegalStateException(kcSh + " is missing and no distribution zip was given");
            }
            progress.accept("Keycloak: unpacking " + distributionZip.getFileName() + " into " + home + "…");
            unpack(distributionZip, home);
        }
        ensureExecutable(kcSh);

        if (realmJson != null) {
            Path importDir = home.resolve("data").resolve("import");
            Files.createDirectories(importDir);
            Files.writeString(importDir.resolve(realm + "-realm.json"), realmJson, StandardCharsets.UTF_8);
        }
        String adminPassword = adminPassword();

        checkPortFree(httpPort, "HTTP");
        checkPortFree(managementPort, "management");

        List<String> cmd = new ArrayList<>();
        cmd.add(kcSh.toString());
        cmd.add("start-dev");
        cmd.add("--http-port=" + httpPort);
        cmd.add("--http-management-port=" + managementPort);
        cmd.add("--hostname=" + hostnameUrl);
        cmd.add("--health-enabled=true");
        cmd.add("--import-realm");
        cmd.addAll(extraArgs);

        ProcessBuilder pb = new ProcessBuilder(cmd).directory(home.toFile());
        Map<String, String> env = pb.environment();
        // Inherited Keycloak or JVM settings (KC_DB, JAVA_OPTS, ...) would change what we start.
        env.keySet().removeIf(k -> k.startsWith("KC_") || k.startsWith("JAVA_OPTS") || k.startsWith("QUARKUS_"));
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
        env.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx768m");
        Files.createDirectories(logFile.getParent());
        pb.redirectErrorStream(true);
        pb.redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));

        progress.accept("Keycloak: starting on port " + httpPort + " (first start takes up to a minute; log: "
                + logFile + ")…");
        process = pb.start();
        process.getOutputStream().close(); // Keycloak reads nothing from stdin
        shutdownHook = new Thread(this::stopProcess, "keycloak-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);

        try {
            awaitReady(t0);
        } catch (RuntimeException | IOException e) {
            close();
            throw e;
        }
        progress.accept(String.format("Keycloak: ready on %s (realm %s) after %d s", hostnameUrl, realm,
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0)));
        return this;
    }

    private void awaitReady(long t0) throws IOException {
        URI probe = URI.create("http://localhost:" + httpPort + "/realms/" + realm + "/.well-known/openid-configuration");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = t0 + startTimeout.toNanos();
        String lastProblem = "no answer yet";
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with code " + process.exitValue()
                        + " before getting ready; last lines of " + logFile + ":\n" + tail());
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(probe).timeout(Duration.ofSeconds(5)).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
                lastProblem = "HTTP " + r.statusCode();
            } catch (IOException e) {
                lastProblem = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for Keycloak", e);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Keycloak did not get ready within " + startTimeout.toSeconds()
                        + " s (" + probe + ": " + lastProblem + "); last lines of " + logFile + ":\n" + tail());
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for Keycloak", e);
            }
        }
    }

    /** Stops Keycloak (SIGTERM, then SIGKILL after 30 s). Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (shutdownHook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs anyway
            }
            shutdownHook = null;
        }
        if (process != null && process.isAlive()) {
            progress.accept("Keycloak: stopping…");
        }
        stopProcess();
    }

    private void stopProcess() {
        Process p = process;
        if (p == null) {
            return;
        }
        List<ProcessHandle> all = new ArrayList<>(p.descendants().collect(Collectors.toList()));
        all.add(p.toHandle());
        all.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + STOP_TIMEOUT.toNanos();
        for (ProcessHandle h : all) {
            long left = deadline - System.nanoTime();
            try {
                h.onExit().get(Math.max(left, 0), TimeUnit.NANOSECONDS);
            } catch (TimeoutException | ExecutionException e) {
                // forced below
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        for (ProcessHandle h : all) {
            if (h.isAlive()) {
                h.destroyForcibly();
            }
        }
    }

    /** Whether the Keycloak process is running. */
    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** The public base URL, e.g. {@code http://localhost:8180}. */
    public String hostnameUrl() {
        return hostnameUrl;
    }

    /** The realm's issuer, e.g. {@code http://localhost:8180/realms/impt}: the {@code iss} of its tokens. */
    public String issuer() {
        return hostnameUrl + "/realms/" + realm;
    }

    /** The realm's token endpoint. */
    public String tokenEndpoint() {
        return issuer() + "/protocol/openid-connect/token";
    }

    /** The realm's JWKS endpoint (MicroProfile JWT's {@code mp.jwt.verify.publickey.location}). */
    public String jwksUri() {
        return issuer() + "/protocol/openid-connect/certs";
    }

    /** Keycloak's home folder. */
    public Path home() {
        return home;
    }

    public int httpPort() {
        return httpPort;
    }

    public int managementPort() {
        return managementPort;
    }

    public Path logFile() {
        return logFile;
    }

    /**
     * The master realm's {@code admin} password: generated on the first start and kept in
     * {@code home/admin-password.txt} (Keycloak uses it only when it creates the admin user).
     */
    public synchronized String adminPassword() throws IOException {
        Path file = home.resolve("admin-password.txt");
        if (Files.isRegularFile(file)) {
            String pw = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (!pw.isEmpty()) {
                return pw;
            }
        }
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        String pw = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Files.createDirectories(home);
        Files.writeString(file, pw + "\n", StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(file, EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
        } catch (UnsupportedOperationException notPosix) {
            // best effort
        }
        return pw;
    }

    /**
     * The distribution zip in the local Maven repository ({@code maven.repo.local} if set, else
     * {@code ~/.m2/repository}).
     *
     * @throws IllegalStateException if it is not there
     */
    public static Path resolveDistribution() {
        String repo = System.getProperty("maven.repo.local");
        Path root = repo != null && !repo.isBlank()
                ? Paths.get(repo)
                : Paths.get(System.getProperty("user.home"), ".m2", "repository");
        Path zip = root.resolve(Paths.get("org", "keycloak", "keycloak-quarkus-dist", VERSION,
                "keycloak-quarkus-dist-" + VERSION + ".zip"));
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException("Keycloak distribution not found at " + zip
                    + " (mvn dependency:get -Dartifact=org.keycloak:keycloak-quarkus-dist:" + VERSION + ":zip)");
        }
        return zip;
    }

    /** The last lines of the log, for error messages. */
    public String tail() {
        try {
            if (!Files.isRegularFile(logFile)) {
                return "(no log)";
            }
            List<String> lines = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(cannot read log: " + e + ")";
        }
    }

    // --- helpers ---

    static void unpack(Path zip, Path home) throws IOException {
        Files.createDirectories(home);
        Path deferredKcSh = null;
        Path tmpKcSh = null;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                String name = e.getName();
                int slash = name.indexOf('/');
                if (slash < 0 || slash == name.length() - 1) {
                    continue; // the top folder itself
                }
                String rel = name.substring(slash + 1);
                Path target = home.resolve(rel).normalize();
                if (!target.startsWith(home)) {
                    throw new IOException("zip entry escapes the target folder: " + name);
                }
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                if (rel.equals("bin/kc.sh")) {
                    // written last: its presence marks a complete unpack
                    deferredKcSh = target;
                    tmpKcSh = Files.createTempFile(target.getParent(), "kc.sh", ".tmp");
                    Files.copy(in, tmpKcSh, StandardCopyOption.REPLACE_EXISTING);
                } else {
                    try (OutputStream out = Files.newOutputStream(target)) {
                        in.transferTo(out);
                    }
                }
            }
        }
        if (deferredKcSh == null) {
            throw new IOException(zip + " has no bin/kc.sh: not a Keycloak distribution");
        }
        try (var sh = Files.newDirectoryStream(home.resolve("bin"), "*.sh")) {
            for (Path p : sh) {
                ensureExecutable(p);
            }
        }
        ensureExecutable(tmpKcSh);
        Files.move(tmpKcSh, deferredKcSh, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void ensureExecutable(Path file) throws IOException {
        try {
            Set<PosixFilePermission> perms = EnumSet.copyOf(Files.getPosixFilePermissions(file));
            if (perms.addAll(List.of(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE,
                    PosixFilePermission.OTHERS_EXECUTE))) {
                Files.setPosixFilePermissions(file, perms);
            }
        } catch (UnsupportedOperationException notPosix) {
            if (!file.toFile().setExecutable(true, false)) {
                throw new IOException("cannot make " + file + " executable");
            }
        }
    }

    private static void checkPortFree(int port, String what) {
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress(InetAddress.getByName("0.0.0.0"), port));
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak's " + what + " port " + port
                    + " is already in use (another Keycloak still running?)", e);
        }
    }

    private static String stripSlash(String url) {
        String u = url.strip();
        while (u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        return u;
    }

    /** Builder for {@link KeycloakServer}. */
    public static final class Builder {
        private Path distributionZip;
        private Path home;
        private int httpPort = 8180;
        private int managementPort = 9180;
        private String hostnameUrl;
        private String realm = RealmComposer.REALM;
        private String realmJson;
        private Path logFile;
        private Duration startTimeout;
        private final List<String> extraArgs = new ArrayList<>();
        private Consumer<String> progress;

        private Builder() {
        }

        /** The {@code keycloak-quarkus-dist} zip; needed only if {@code home/bin/kc.sh} is missing. */
        public Builder distributionZip(Path zip) {
            this.distributionZip = zip;
            return this;
        }

        /** Keycloak's home: the distribution is unpacked here, its data (H2) lives in {@code home/data}. */
        public Builder home(Path home) {
            this.home = home;
            return this;
        }

        /** HTTP port (default 8180). */
        public Builder httpPort(int port) {
            this.httpPort = port;
            return this;
        }

        /** Management port for health and metrics (default 9180; Keycloak's own default 9000 is avoided). */
        public Builder managementPort(int port) {
            this.managementPort = port;
            return this;
        }

        /** Public base URL, passed as {@code --hostname} (default {@code http://localhost:<httpPort>}). */
        public Builder hostnameUrl(String url) {
            this.hostnameUrl = url;
            return this;
        }

        /** The realm's name, probed for readiness (default {@code impt}). */
        public Builder realm(String realm) {
            this.realm = Objects.requireNonNull(realm);
            return this;
        }

        /** Realm JSON to import (e.g. {@link RealmComposer#compose}); {@code null} imports nothing new. */
        public Builder realmJson(String json) {
            this.realmJson = json;
            return this;
        }

        /** Where Keycloak's stdout and stderr are appended (default {@code home/keycloak.log}). */
        public Builder logFile(Path logFile) {
            this.logFile = logFile;
            return this;
        }

        /** How long to wait for readiness (default 5 minutes). */
        public Builder startTimeout(Duration timeout) {
            this.startTimeout = timeout;
            return this;
        }

        /** Further {@code kc.sh start-dev} options, e.g. {@code --log-level=debug}. */
        public Builder extraArgs(String... args) {
            Collections.addAll(this.extraArgs, args);
            return this;
        }

        /** Where progress lines go (default {@code System.out::println}). */
        public Builder progress(Consumer<String> progress) {
            this.progress = progress;
            return this;
        }

        public KeycloakServer build() {
            return new KeycloakServer(this);
        }
    }
}
