package eu.cbss.impt.hub.deploy;

import eu.cbss.impt.hub.realm.Tokens;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code ./hub bench intake [--seconds 60] [--clients 8] [--warmup 5]}: signal intake through the API
 * against a baseline measured in the same run on the same PostgreSQL.
 *
 * <ol>
 *   <li>Starts its own hub (HTTP 8280, PostgreSQL 5533, Keycloak 8380/9380, {@code var/bench}), so it
 *       never touches the demo hub's data.</li>
 *   <li>Registers the demo organisations (as admin1), so that worker1's organisation is active.</li>
 *   <li>Intake: {@code clients} threads, each with its own {@link HttpClient}, POST valid signals
 *       (unique {@code externalRef}, one child with identifiers) as worker1 for {@code seconds}; each
 *       request's latency is recorded. Anything but 201 counts as an error.</li>
 *   <li>Baseline: as many threads, each with its own JDBC connection, INSERT one comparable row into
 *       {@code bench.signal_baseline} and COMMIT, for as long.</li>
 * </ol>
 *
 * <p>Prints its progress and a summary on standard error and returns its figures, which {@code ./hub
 * bench intake} prints as one JSON line on standard output.
 */
public final class IntakeBench {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] REGIONS = {"EE001", "EE004", "EE008", "EE009", "EE00A"};
    private static final String[] CONCERNS = {"BEGGING", "LABOUR_EXPLOITATION", "FORCED_CRIMINALITY",
        "SEXUAL_EXPLOITATION", "UNACCOMPANIED_MIGRANT_CHILD"};

    private IntakeBench() {
    }

    /** Latencies (ns) and error count of one measured phase. */
    record Result(int seconds, int threads, long count, long errors, double elapsedSeconds, long[] latenciesNs) {
        double perSecond() {
            return count / elapsedSeconds;
        }

        double percentileMs(double p) {
            if (latenciesNs.length == 0) {
                return Double.NaN;
            }
            int idx = (int) Math.ceil(p / 100.0 * latenciesNs.length) - 1;
            return latenciesNs[Math.max(0, Math.min(idx, latenciesNs.length - 1))] / 1e6;
        }
    }

    /**
     * Starts the bench hub, measures, stops the hub.
     *
     * @return the figures, or null when the hub did not start (the reason printed)
     */
    public static ObjectNode measure(int seconds, int clients, int warmup) throws Exception {
        try (Hub hub = new Hub(benchSettings(), line -> System.err.println("bench: " + line))) {
            hub.start();
            return run(hub, seconds, clients, warmup);
        } catch (HubStartException e) {
            System.err.println("bench: the hub did not start: " + e.getMessage());
            return null;
        }
    }

    /** A hub of its own for benchmarks: other ports, {@code var/bench}, no demo signals. */
    static HubSettings benchSettings() {
        HubSettings d = HubSettings.defaults();
        return d.withVarDir(d.checkoutDir().resolve("var/bench")).withPorts(8280, 5533, 8380, 9380).withDemoData(false);
    }

    static ObjectNode run(Hub hub, int seconds, int clients, int warmup) throws Exception {
        // worker1 may post only while their organisation is registered and active (this hub has no demo data)
        DemoData.registerOrganisations(hub.keycloakUrl(), hub.apiUrl());
        Tokens tokens = new Tokens(hub.keycloakUrl());
        AtomicReference<Tokens.Token> token = new AtomicReference<>(tokens.password("worker1", DemoData.PASSWORD));
        URI endpoint = URI.create(hub.apiUrl() + "/v1/signals");
        String runId = Long.toString(System.currentTimeMillis(), 36).toUpperCase();

        System.err.printf("bench: intake, %d clients, %d s (after %d s warm-up) → %s%n", clients, seconds, warmup, endpoint);
        if (warmup > 0) {
            intake(endpoint, token, tokens, clients, warmup, runId + "-W");
        }
        Result api = intake(endpoint, token, tokens, clients, seconds, runId);

        System.err.printf("bench: baseline, %d threads, %d s: JDBC INSERT + COMMIT into bench.signal_baseline%n", clients, seconds);
        prepareBaselineTable(hub);
        if (warmup > 0) {
            baseline(hub, clients, warmup);
        }
        Result base = baseline(hub, clients, seconds);

        System.err.println();
        System.err.println(line("intake (API)", api));
        System.err.println(line("baseline (JDBC)", base));
        double ratio = base.perSecond() == 0 ? 0 : api.perSecond() / base.perSecond();
        System.err.printf("ratio (signals/s ÷ baseline rows/s): %.3f%n", ratio);

        ObjectNode j = JSON.createObjectNode();
        j.put("benchmark", "intake");
        j.put("seconds", seconds);
        j.put("clients", clients);
        j.put("signalsPerSecond", round(api.perSecond()));
        j.put("p50Ms", round(api.percentileMs(50)));
        j.put("p95Ms", round(api.percentileMs(95)));
        j.put("p99Ms", round(api.percentileMs(99)));
        j.put("errors", api.errors());
        j.put("baselineRowsPerSecond", round(base.perSecond()));
        j.put("baselineP50Ms", round(base.percentileMs(50)));
        j.put("baselineP95Ms", round(base.percentileMs(95)));
        j.put("baselineP99Ms", round(base.percentileMs(99)));
        j.put("ratio", Math.round(ratio * 1000) / 1000.0);
        return j;
    }

    static Result intake(URI endpoint, AtomicReference<Tokens.Token> token, Tokens tokens, int clients, int seconds,
                         String runId) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        AtomicLong errors = new AtomicLong();
        AtomicReference<String> firstError = new AtomicReference<>();
        List<long[][]> holders = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            final int client = c;
            long[][] holder = new long[1][];
            holders.add(holder);
            Thread t = new Thread(() -> {
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(5)).build();
                LongList lat = new LongList();
                SecureRandom rnd = new SecureRandom();
                int n = 0;
                while (System.nanoTime() < end) {
                    String ref = "BENCH-" + runId + "-" + client + "-" + (n++);
                    String body = signal(ref, rnd).toString();
                    try {
                        Tokens.Token tk = token.get();
                        if (tk.expiresWithin(Duration.ofSeconds(30))) {
                            synchronized (token) {
                                if (token.get().expiresWithin(Duration.ofSeconds(30))) {
                                    token.set(tokens.password("worker1", DemoData.PASSWORD));
                                }
                                tk = token.get();
                            }
                        }
                        HttpRequest req = HttpRequest.newBuilder(endpoint)
                                .timeout(Duration.ofSeconds(30))
                                .header("Authorization", "Bearer " + tk.accessToken())
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build();
                        long s = System.nanoTime();
                        HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
                        long e = System.nanoTime();
                        if (r.statusCode() == 201) {
                            lat.add(e - s);
                        } else {
                            errors.incrementAndGet();
                            firstError.compareAndSet(null, "HTTP " + r.statusCode() + " " + r.body());
                        }
                    } catch (Exception ex) {
                        errors.incrementAndGet();
                        firstError.compareAndSet(null, ex.toString());
                        if (ex instanceof InterruptedException) {
                            return;
                        }
                    }
                }
                holder[0] = lat.toArray();
            }, "intake-client-" + c);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (System.nanoTime() - t0) / 1e9;
        long[] all = merge(holders);
        if (firstError.get() != null) {
            System.err.println("bench: first error: " + abbreviate(firstError.get()));
        }
        return new Result(seconds, clients, all.length, errors.get(), elapsed, all);
    }

    static void prepareBaselineTable(Hub hub) throws SQLException {
        try (Connection c = hub.openConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA IF NOT EXISTS bench");
            st.execute("CREATE TABLE IF NOT EXISTS bench.signal_baseline ("
                    + " id uuid PRIMARY KEY,"
                    + " reference varchar(32) NOT NULL UNIQUE,"
                    + " organisation_id varchar(64) NOT NULL,"
                    + " external_ref varchar(128) NOT NULL,"
                    + " grade varchar(16) NOT NULL,"
                    + " source_type varchar(32) NOT NULL,"
                    + " information_type varchar(32) NOT NULL,"
                    + " child_situation varchar(32) NOT NULL,"
                    + " concerns varchar(256) NOT NULL,"
                    + " region varchar(5) NOT NULL,"
                    + " occurred_from date,"
                    + " occurred_to date,"
                    + " children_count integer NOT NULL,"
                    + " narrative bytea,"
                    + " submitted_by varchar(64) NOT NULL,"
                    + " submitted_at timestamptz NOT NULL,"
                    + " review_status varchar(16) NOT NULL,"
                    + " UNIQUE (organisation_id, external_ref))");
            st.execute("TRUNCATE bench.signal_baseline");
        }
    }

    static Result baseline(Hub hub, int threadsCount, int seconds) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        AtomicLong errors = new AtomicLong();
        AtomicReference<String> firstError = new AtomicReference<>();
        List<long[][]> holders = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        String sql = "INSERT INTO bench.signal_baseline (id, reference, organisation_id, external_ref, grade, source_type,"
                + " information_type, child_situation, concerns, region, occurred_from, occurred_to, children_count,"
                + " narrative, submitted_by, submitted_at, review_status)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
        AtomicLong seq = new AtomicLong(System.currentTimeMillis() % 1_000_000 * 1_000_000);
        long t0 = System.nanoTime();
        for (int c = 0; c < threadsCount; c++) {
            long[][] holder = new long[1][];
            holders.add(holder);
            Thread t = new Thread(() -> {
                LongList lat = new LongList();
                SecureRandom rnd = new SecureRandom();
                try (Connection con = DriverManager.getConnection(hub.jdbcUrl(), hub.dbUser(), hub.dbPassword())) {
                    con.setAutoCommit(false);
                    try (PreparedStatement ps = con.prepareStatement(sql)) {
                        while (System.nanoTime() < end) {
                            long n = seq.incrementAndGet();
                            byte[] narrative = new byte[160];
                            rnd.nextBytes(narrative);
                            LocalDate to = LocalDate.now().minusDays(rnd.nextInt(30));
                            long s = System.nanoTime();
                            try {
                                ps.setObject(1, UUID.randomUUID());
                                ps.setString(2, "B-" + n);
                                ps.setString(3, "ee-tallinn-social-services");
                                ps.setString(4, "BASE-" + n);
                                ps.setString(5, "ANECDOTAL");
                                ps.setString(6, "PROFESSIONAL_OBSERVATION");
                                ps.setString(7, "INCIDENT_OR_NARRATIVE");
                                ps.setString(8, "SUSPECTED_VICTIM");
                                ps.setString(9, CONCERNS[(int) (n % CONCERNS.length)]);
                                ps.setString(10, REGIONS[(int) (n % REGIONS.length)]);
                                ps.setDate(11, Date.valueOf(to.minusDays(7)));
                                ps.setDate(12, Date.valueOf(to));
                                ps.setInt(13, 1);
                                ps.setBytes(14, narrative);
                                ps.setString(15, "worker1");
                                ps.setTimestamp(16, Timestamp.from(Instant.now()));
                                ps.setString(17, "SUBMITTED");
                                ps.executeUpdate();
                                con.commit();
                                lat.add(System.nanoTime() - s);
                            } catch (SQLException e) {
                                errors.incrementAndGet();
                                firstError.compareAndSet(null, e.toString());
                                con.rollback();
                            }
                        }
                    }
                } catch (SQLException e) {
                    errors.incrementAndGet();
                    firstError.compareAndSet(null, e.toString());
                }
                holder[0] = lat.toArray();
            }, "baseline-" + c);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (System.nanoTime() - t0) / 1e9;
        if (firstError.get() != null) {
            System.err.println("bench: baseline errors: " + errors.get() + ", first: " + abbreviate(firstError.get()));
        }
        long[] all = merge(holders);
        return new Result(seconds, threadsCount, all.length, errors.get(), elapsed, all);
    }

    /** A valid signal with one child carrying (synthetic) identifiers. */
    static ObjectNode signal(String externalRef, SecureRandom rnd) {
        ObjectNode s = JSON.createObjectNode();
        LocalDate to = LocalDate.now().minusDays(rnd.nextInt(60));
        int age = 10 + rnd.nextInt(8);
        s.put("externalRef", externalRef);
        s.put("grade", "ANECDOTAL");
        s.put("sourceType", "PROFESSIONAL_OBSERVATION");
        s.put("informationType", "INCIDENT_OR_NARRATIVE");
        s.putArray("concerns").add(CONCERNS[rnd.nextInt(CONCERNS.length)]);
        s.put("childSituation", "SUSPECTED_VICTIM");
        s.put("region", REGIONS[rnd.nextInt(REGIONS.length)]);
        s.put("occurredFrom", to.minusDays(7).toString());
        s.put("occurredTo", to.toString());
        s.put("childrenCount", 1);
        ObjectNode child = s.putArray("children").addObject();
        child.put("sex", rnd.nextBoolean() ? "F" : "M");
        child.put("age", age);
        child.put("citizenship", "EE");
        child.put("countryOfBirth", "EE");
        child.put("legalStatus", "NATIONAL");
        child.put("retrafficked", false);
        ObjectNode ids = child.putObject("identifiers");
        ids.put("givenName", "Bench" + rnd.nextInt(1000));
        ids.put("familyName", "Synthetic" + rnd.nextInt(100000));
        ids.put("dateOfBirth", LocalDate.now().minusYears(age).minusDays(rnd.nextInt(360)).toString());
        s.put("narrative", "Synthetic benchmark signal " + externalRef + ": a child seen in a situation of concern; "
                + "no real person is described.");
        return s;
    }

    private static String line(String name, Result r) {
        return String.format("%-16s %9.1f /s   p50 %7.2f ms   p95 %7.2f ms   p99 %7.2f ms   (%d ok, %d errors, %.1f s)",
                name, r.perSecond(), r.percentileMs(50), r.percentileMs(95), r.percentileMs(99), r.count(), r.errors(),
                r.elapsedSeconds());
    }

    private static long[] merge(List<long[][]> holders) {
        int n = 0;
        for (long[][] h : holders) {
            n += h[0] == null ? 0 : h[0].length;
        }
        long[] all = new long[n];
        int i = 0;
        for (long[][] h : holders) {
            if (h[0] != null) {
                System.arraycopy(h[0], 0, all, i, h[0].length);
                i += h[0].length;
            }
        }
        Arrays.sort(all);
        return all;
    }

    private static double round(double v) {
        return Double.isNaN(v) ? 0 : Math.round(v * 100) / 100.0;
    }

    private static String abbreviate(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() > 400 ? one.substring(0, 400) + "…" : one;
    }

    /** A growable array of longs (latencies in ns). */
    static final class LongList {
        private long[] a = new long[4096];
        private int n;

        void add(long v) {
            if (n == a.length) {
                a = Arrays.copyOf(a, n * 2);
            }
            a[n++] = v;
        }

        long[] toArray() {
            return Arrays.copyOf(a, n);
        }
    }
}
