package eu.cbss.impt.hub.deploy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * PostgreSQL from zonky's embedded binaries, with a data folder kept between runs, listening on
 * 127.0.0.1 only, with durable commits (fsync and synchronous_commit on, unlike zonky's test
 * defaults). Its server output goes to a log file.
 *
 * <p>The server is a separate process (started by {@code pg_ctl} in its own session): it outlives a
 * {@code kill -9} of this JVM. {@link #start} therefore first stops a server left running on the same
 * data folder by an earlier launcher, and {@link #close} makes sure the server is gone.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    static {
        // zonky logs through SLF4J; slf4j-simple (on the launcher's class path) prints only warnings
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
    }

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final EmbeddedPostgres postgres;
    private final Path dataDir;
    private final int port;
    private final long postmasterPid;
    private volatile boolean closed;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDir, int port) {
        this.postgres = postgres;
        this.dataDir = dataDir;
        this.port = port;
        this.postmasterPid = readPostmasterPid(dataDir).orElse(-1L);
    }

    /**
     * Starts PostgreSQL on {@code 127.0.0.1:port} with its data in {@code dataDir} (created by
     * {@code initdb} on first use, kept afterwards).
     */
    public static EmbeddedDatabase start(Path dataDir, int port, Path logFile, Duration startupWait) throws IOException {
        Files.createDirectories(dataDir);
        Files.createDirectories(logFile.getParent());
        stopLeftover(dataDir);
        ProcessBuilder.Redirect log = ProcessBuilder.Redirect.appendTo(logFile.toFile());
        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setServerConfig("listen_addresses", "127.0.0.1")
                // zonky's defaults are for throw-away test databases (-F: fsync off; synchronous_commit
                // off). This data folder is kept, and a signal acknowledged with 201 must survive a
                // crash: durable commits. (The -c options come after -F, so they win.)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setPGStartupWait(startupWait)
                .setOutputRedirector(log)
                .setErrorRedirector(log)
                .start();
        return new EmbeddedDatabase(pg, dataDir, port);
    }

    public int port() {
        return port;
    }

    /** The server's process id, or -1 when unknown. */
    public long postmasterPid() {
        return postmasterPid;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /**
     * Creates the login role and a database owned by it unless they exist (as the {@code postgres}
     * superuser). The role's password is (re)set to {@code password}.
     */
    public void ensureDatabase(String database, String user, String password) throws SQLException {
        requireIdentifier(database);
        requireIdentifier(user);
        try (Connection c = postgres.getPostgresDatabase().getConnection();
             Statement st = c.createStatement()) {
            boolean roleExists;
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
                ps.setString(1, user);
                try (ResultSet rs = ps.executeQuery()) {
                    roleExists = rs.next();
                }
            }
            String pw = password.replace("'", "''");
            st.execute((roleExists ? "ALTER ROLE " : "CREATE ROLE ") + user + " WITH LOGIN PASSWORD '" + pw + "'");
            boolean dbExists;
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                ps.setString(1, database);
                try (ResultSet rs = ps.executeQuery()) {
                    dbExists = rs.next();
                }
            }
            if (!dbExists) {
                st.execute("CREATE DATABASE " + database + " OWNER " + user + " ENCODING 'UTF8'");
            }
        }
    }

    /**
     * Removes zonky's own JVM shutdown hook, so that whoever owns this database (the {@link Hub})
     * stops it in order, after the application server. Needs {@code --add-opens
     * java.base/java.lang=ALL-UNNAMED}; without it the hook stays (and PostgreSQL may stop in parallel
     * with the other parts on JVM exit, which is harmless).
     *
     * @return whether the hook was removed
     */
    boolean detachLibraryShutdownHook() {
        try {
            Field idField = EmbeddedPostgres.class.getDeclaredField("instanceId");
            idField.setAccessible(true);
            String name = "postgres-" + idField.get(postgres) + "-closer";
            Class<?> hooksClass = Class.forName("java.lang.ApplicationShutdownHooks");
            Field hooksField = hooksClass.getDeclaredField("hooks");
            hooksField.setAccessible(true);
            Thread hook;
            synchronized (hooksClass) {
                @SuppressWarnings("unchecked")
                Map<Thread, Thread> hooks = (Map<Thread, Thread>) hooksField.get(null);
                hook = hooks == null ? null : hooks.keySet().stream()
                        .filter(t -> name.equals(t.getName())).findFirst().orElse(null);
            }
            return hook != null && Runtime.getRuntime().removeShutdownHook(hook);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    /** Stops the server (fast shutdown) and waits for its process to end. Idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        Thread t = new Thread(() -> {
            try {
                postgres.close();
            } catch (IOException | RuntimeException e) {
                System.err.println("PostgreSQL: pg_ctl stop failed: " + e.getMessage());
            }
        }, "embedded-postgres-stop");
        t.setDaemon(true);
        t.start();
        try {
            t.join(STOP_TIMEOUT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (postmasterPid > 0) {
            ProcessHandle.of(postmasterPid).ifPresent(p -> stopProcess(p, Duration.ofSeconds(10)));
        }
    }

    /** Stops a server still running on {@code dataDir} (left by a launcher that was killed). */
    static void stopLeftover(Path dataDir) {
        stopLeftover(dataDir, System.out::println);
    }

    /** As {@link #stopLeftover(Path)}, saying so through {@code progress}. */
    static void stopLeftover(Path dataDir, java.util.function.Consumer<String> progress) {
        Optional<Long> pid = readPostmasterPid(dataDir);
        if (pid.isEmpty()) {
            return;
        }
        Optional<ProcessHandle> p = ProcessHandle.of(pid.get());
        if (p.isEmpty() || !p.get().isAlive()) {
            return;
        }
        String cmd = p.get().info().command().orElse("");
        if (!cmd.contains("postgres")) {
            return; // the pid was reused by something else: PostgreSQL will treat the pid file as stale
        }
        progress.accept("PostgreSQL: stopping a server left running by an earlier launcher (pid " + pid.get() + ")");
        stopProcess(p.get(), STOP_TIMEOUT);
    }

    /** SIGINT (PostgreSQL's fast shutdown), then SIGKILL after {@code timeout}. */
    private static void stopProcess(ProcessHandle p, Duration timeout) {
        if (!p.isAlive()) {
            return;
        }
        try {
            new ProcessBuilder(List.of("kill", "-INT", Long.toString(p.pid())))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start().waitFor(5, TimeUnit.SECONDS);
            p.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            p.destroyForcibly();
        }
    }

    private static Optional<Long> readPostmasterPid(Path dataDir) {
        Path pidFile = dataDir.resolve("postmaster.pid");
        try {
            if (!Files.isRegularFile(pidFile)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(pidFile);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void requireIdentifier(String s) {
        if (!s.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain SQL identifier: " + s);
        }
    }
}
