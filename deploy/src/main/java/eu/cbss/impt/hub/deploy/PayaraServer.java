package eu.cbss.impt.hub.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Payara Micro as a child process ({@code java -jar payara-micro.jar --deploy ... --nocluster}),
 * output to a log file. Started in its own session ({@code setsid}) so that a terminal's Ctrl-C
 * reaches only the launcher, which then stops the parts in order.
 *
 * <p>Payara prints "ready" even when a deployment failed: readiness is {@code GET /health/ready}
 * answering 200 with status UP, never the log.
 */
public final class PayaraServer implements AutoCloseable {

    /**
     * Names Payara's own JSON-P provider. Without it every Json.createReader (MP-JWT parses the
     * realm's keys with one on each request) searches the class path for a provider, which took
     * a tenth of the API's CPU under load.
     */
    static final String JSON_PROVIDER = "-Djakarta.json.provider=org.eclipse.parsson.JsonProviderImpl";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final Process process;
    private final Path logFile;
    private final Path pidFile;
    private volatile boolean closed;

    private PayaraServer(Process process, Path logFile, Path pidFile) {
        this.process = process;
        this.logFile = logFile;
        this.pidFile = pidFile;
    }

    /**
     * Starts Payara Micro.
     *
     * @param payaraJar  payara-micro.jar
     * @param wars       the WARs to deploy (context roots come from their glassfish-web.xml)
     * @param port       HTTP port
     * @param rootDir    Payara's root folder ({@code --rootdir}; no temp folders left behind)
     * @param logFile    stdout and stderr, replaced at each start
     * @param env        added to (and overriding) this process's environment
     * @param jvmOptions e.g. {@code -Xmx1g}
     */
    public static PayaraServer start(Path payaraJar, List<Path> wars, int port, Path rootDir, Path logFile,
                                     Map<String, String> env, List<String> jvmOptions) throws IOException {
        for (Path p : concat(List.of(payaraJar), wars)) {
            if (!Files.isRegularFile(p)) {
                throw new IOException("missing " + p + ": build the project first (mvn -DskipTests install)");
            }
        }
        Path pidFile = pidFile(rootDir);
        stopLeftover(pidFile);
        // A kept root folder redeploys the previous run's applications before --deploy does: start clean.
        deleteTree(rootDir);
        Files.createDirectories(rootDir);
        Files.createDirectories(logFile.getParent());

        List<String> cmd = new ArrayList<>();
        if (Files.isExecutable(Paths.get("/usr/bin/setsid"))) {
            cmd.add("/usr/bin/setsid");
        }
        cmd.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions);
        cmd.add(JSON_PROVIDER);
        cmd.add("-jar");
        cmd.add(payaraJar.toString());
        cmd.addAll(List.of("--nocluster", "--disablephonehome", "--rootdir", rootDir.toString(),
                "--port", Integer.toString(port)));
        for (Path war : wars) {
            cmd.add("--deploy");
            cmd.add(war.toString());
        }
        ProcessBuilder pb = new ProcessBuilder(cmd)
                .directory(rootDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(logFile.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Paths.get("/dev/null").toFile()));
        pb.environment().putAll(env);
        Process process = pb.start();
        Files.writeString(pidFile, Long.toString(process.pid()));
        return new PayaraServer(process, logFile, pidFile);
    }

    public long pid() {
        return process.pid();
    }

    public Path logFile() {
        return logFile;
    }

    /** Completes when the Payara process ends. */
    public CompletableFuture<Process> onExit() {
        return process.onExit();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /**
     * Waits until {@code healthUrl} answers 200 with {@code "status":"UP"} and every URL of
     * {@code deployed} answers something other than 404 (health is UP even when a WAR failed to deploy:
     * its checks are then simply missing). The log is read only to fail fast: once Payara says it
     * booted ("ready in"), the checks get a few more seconds, then the start fails with the log's errors.
     *
     * @throws HubStartException on timeout, on a failed deployment, or if the process ends first
     */
    public void awaitReady(URI healthUrl, List<URI> deployed, Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        long bootedAt = -1;
        String last = "no answer yet";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new HubStartException("Payara Micro exited with code " + process.exitValue()
                        + " before it was ready." + deploymentErrors());
            }
            if (closed) {
                throw new HubStartException("Payara Micro was stopped while starting");
            }
            if (bootedAt < 0 && logSays("ready in")) {
                bootedAt = System.nanoTime();
            }
            try {
                last = check(http, healthUrl, deployed);
                if (last == null) {
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new HubStartException("interrupted while waiting for Payara Micro");
            }
            if (bootedAt > 0 && System.nanoTime() - bootedAt > Duration.ofSeconds(10).toNanos()) {
                throw new HubStartException("Payara Micro booted but is not usable: " + last + "." + deploymentErrors());
            }
            sleep(1000);
        }
        throw new HubStartException("Payara Micro was not ready within " + timeout.toSeconds() + " s: " + last + "."
                + deploymentErrors());
    }

    /**
     * Waits until {@code openApiUrl} answers 200 with a description that has the API's paths. While Payara
     * Micro starts, /openapi answers 404 with an empty document until hub-api is started, then 500 while
     * hub-web takes over the root context that serves it; and the first request builds the description
     * (about a second), which this wait pays instead of the first caller.
     *
     * @return {@code null} once the description is complete, else what /openapi answered last
     */
    static String awaitOpenApi(URI openApiUrl, Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "no answer";
        do {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(openApiUrl).timeout(Duration.ofSeconds(30))
                        .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains("\"/v1/")) {
                    return null;
                }
                last = "HTTP " + r.statusCode() + " " + abbreviate(r.body());
            } catch (IOException e) {
                last = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "interrupted";
            }
            sleep(250);
        } while (System.nanoTime() < deadline);
        return last;
    }

    /** {@code null} when ready, else what is missing. */
    private static String check(HttpClient http, URI healthUrl, List<URI> deployed) throws InterruptedException {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(healthUrl)
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() / 100 == 3) {
                return healthUrl + " answers a redirect (HTTP " + r.statusCode() + ") to "
                        + r.headers().firstValue("Location").map(PayaraServer::abbreviate).orElse("?")
                        + ": the health endpoint must not require a login (hub-web at / must leave /health/* open)";
            }
            if (r.statusCode() != 200 || !isUp(r.body())) {
                return healthUrl + " answers HTTP " + r.statusCode() + " " + abbreviate(r.body());
            }
            for (URI u : deployed) {
                int status = http.send(HttpRequest.newBuilder(u).timeout(Duration.ofSeconds(30)).GET().build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status == 404) {
                    return u + " answers 404 (its application is not deployed)";
                }
            }
            return null;
        } catch (IOException e) {
            return healthUrl + ": " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage());
        }
    }

    private boolean logSays(String text) {
        try (java.util.stream.Stream<String> lines = Files.lines(logFile, StandardCharsets.UTF_8)) {
            return lines.anyMatch(l -> l.contains(text));
        } catch (IOException | java.io.UncheckedIOException e) {
            return false;
        }
    }

    /**
     * The log's error lines (SEVERE entries, exceptions and their causes, at most 20), as text to add
     * to a message; the log's tail when there are none.
     */
    public String deploymentErrors() {
        try {
            List<String> hits = new ArrayList<>();
            for (String line : Files.readAllLines(logFile, StandardCharsets.UTF_8)) {
                String l = line.replaceAll("\u001B\\[[0-9;]*m", "");
                if (l.contains("[INFO]") || l.startsWith("\tat ")) {
                    continue;
                }
                if (l.contains("Exception") || l.startsWith("Caused by") || l.contains("[SEVERE]")
                        || l.contains("WELD-")) {
                    hits.add(l.length() > 400 ? l.substring(0, 400) + "…" : l);
                    if (hits.size() >= 20) {
                        break;
                    }
                }
            }
            return hits.isEmpty() ? " Last lines of " + logFile + ":\n" + tail(40)
                    : " Errors in " + logFile + ":\n" + String.join("\n", hits);
        } catch (IOException | java.io.UncheckedIOException e) {
            return " (cannot read " + logFile + ")";
        }
    }

    /** The last {@code lines} lines of the log. */
    public String tail(int lines) {
        return tail(logFile, lines);
    }

    /**
     * Stops Payara Micro: SIGTERM, then SIGKILL after 30 s; then any process it started. Idempotent.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        List<ProcessHandle> descendants = process.descendants().collect(Collectors.toList());
        stop(process.toHandle(), STOP_TIMEOUT);
        for (ProcessHandle d : descendants) {
            stop(d, Duration.ofSeconds(5));
        }
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException ignored) {
            // best effort
        }
    }

    private static void stop(ProcessHandle p, Duration timeout) {
        if (!p.isAlive()) {
            return;
        }
        p.destroy();
        try {
            p.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            p.destroyForcibly();
            try {
                p.onExit().get(5, TimeUnit.SECONDS);
            } catch (Exception ignored) {
                // nothing more to do
            }
        }
    }

    /** Where the process id of the Payara started on {@code rootDir} is kept: beside it. */
    static Path pidFile(Path rootDir) {
        return rootDir.resolveSibling(rootDir.getFileName() + ".pid");
    }

    /** Stops a Payara Micro left running by a launcher that was killed (recorded in the pid file). */
    static void stopLeftover(Path pidFile) {
        stopLeftover(pidFile, System.out::println);
    }

    /** As {@link #stopLeftover(Path)}, saying so through {@code progress}. */
    static void stopLeftover(Path pidFile, java.util.function.Consumer<String> progress) {
        try {
            if (!Files.isRegularFile(pidFile)) {
                return;
            }
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            Optional<ProcessHandle> p = ProcessHandle.of(pid);
            if (p.isPresent() && p.get().isAlive()
                    && p.get().info().arguments().map(a -> String.join(" ", a)).orElse("").contains("payara-micro")) {
                progress.accept("Payara Micro: stopping an instance left running by an earlier launcher (pid " + pid + ")");
                stop(p.get(), STOP_TIMEOUT);
            }
            Files.deleteIfExists(pidFile);
        } catch (IOException | NumberFormatException ignored) {
            // no usable pid file
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (java.util.stream.Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }

    static String tail(Path file, int lines) {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
            long len = f.length();
            long from = Math.max(0, len - 64 * 1024);
            byte[] buf = new byte[(int) (len - from)];
            f.seek(from);
            f.readFully(buf);
            String[] all = new String(buf, StandardCharsets.UTF_8).split("\r?\n");
            int start = Math.max(0, all.length - lines);
            return String.join("\n", java.util.Arrays.asList(all).subList(start, all.length));
        } catch (IOException e) {
            return "(cannot read " + file + ": " + e.getMessage() + ")";
        }
    }

    private static boolean isUp(String body) {
        try {
            JsonNode n = JSON.readTree(body);
            return "UP".equals(n.path("status").asText());
        } catch (IOException e) {
            return false;
        }
    }

    private static String abbreviate(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() > 300 ? one.substring(0, 300) + "…" : one;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> r = new ArrayList<>(a);
        r.addAll(b);
        return r;
    }
}
