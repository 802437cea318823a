package eu.cbss.impt.hub.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.cbss.impt.hub.realm.Tokens;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code ./hub bench import [--rows 100000]}: a bulk CSV import through the API against a baseline
 * measured in the same run on the same PostgreSQL.
 *
 * <ol>
 *   <li>Starts its own hub like {@link IntakeBench} (HTTP 8280, {@code var/bench}), Payara with its
 *       default heap limit ({@code -Xmx1g}).</li>
 *   <li>Registers the demo organisations (as admin1), so that worker1's and worker2's are active.</li>
 *   <li>Generates a CSV of {@code rows} children (one or two per signal, with synthetic identifiers and
 *       a narrative; one row in a hundred invalid), uploads it as worker1 and polls until DONE.
 *       Meanwhile Payara's used heap is sampled with {@code jstat}, and another user (worker2) lists
 *       signals every 100 ms; the same listing is timed before the import, idle, for comparison.</li>
 *   <li>Baseline: the same number of signal and child rows INSERTed over JDBC in batches and
 *       transactions of the same size as the import's, into plain tables without checks.</li>
 * </ol>
 *
 * <p>Prints its progress and a summary on standard error and returns its figures, which {@code ./hub
 * bench import} prints as one JSON line on standard output.
 */
public final class ImportBench {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HEADER = "externalRef,grade,sourceType,informationType,concerns,childSituation,region,"
            + "occurredFrom,occurredTo,childrenCount,narrative,sex,age,ageBand,citizenship,countryOfBirth,"
            + "recruitmentCountry,legalStatus,retrafficked,givenName,familyName,dateOfBirth,idNumber";
    private static final int CHUNK = 250;

    private ImportBench() {
    }

    /**
     * Starts the bench hub, measures, stops the hub.
     *
     * @return the figures, or null when the hub did not start or the import failed (the reason printed)
     */
    public static ObjectNode measure(int rows) throws Exception {
        try (Hub hub = new Hub(IntakeBench.benchSettings(), line -> System.err.println("bench: " + line))) {
            hub.start();
            return run(hub, rows);
        } catch (HubStartException e) {
            System.err.println("bench: the hub did not start: " + e.getMessage());
            return null;
        }
    }

    static ObjectNode run(Hub hub, int rows) throws Exception {
        // worker1 and worker2 may use the hub only while their organisations are registered and active
        DemoData.registerOrganisations(hub.keycloakUrl(), hub.apiUrl());
        Tokens tokens = new Tokens(hub.keycloakUrl());
        String worker1 = tokens.password("worker1", DemoData.PASSWORD).accessToken();
        String worker2 = tokens.password("worker2", DemoData.PASSWORD).accessToken();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String runId = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        byte[] file = csv(rows, runId);
        System.err.printf("bench: import of %,d rows (%.1f MiB CSV) as worker1 → %s%n", rows, file.length / 1048576.0,
                hub.apiUrl() + "/v1/signals/imports");

        long[] idle = otherUser(http, hub, worker2, Duration.ofSeconds(10), new AtomicBoolean(true));
        HeapSampler heap = new HeapSampler(hub.payaraProcess().orElseThrow().pid());
        heap.start();
        AtomicBoolean importing = new AtomicBoolean(true);
        long[][] during = new long[1][];
        Thread reader = new Thread(() -> during[0] = otherUser(http, hub, worker2, Duration.ofHours(1), importing));
        long t0 = System.nanoTime();
        HttpResponse<String> received = http.send(HttpRequest.newBuilder(URI.create(hub.apiUrl() + "/v1/signals/imports"))
                .header("Authorization", "Bearer " + worker1).header("Content-Type", "text/csv")
                .timeout(Duration.ofMinutes(2)).POST(HttpRequest.BodyPublishers.ofByteArray(file)).build(),
                HttpResponse.BodyHandlers.ofString());
        double acceptedAfter = (System.nanoTime() - t0) / 1e9;
        if (received.statusCode() != 202) {
            System.err.println("bench: the upload was refused: HTTP " + received.statusCode() + " " + received.body());
            return null;
        }
        reader.start();
        String id = JSON.readTree(received.body()).get("id").asText();
        JsonNode done = awaitEnd(http, hub, worker1, id);
        double seconds = (System.nanoTime() - t0) / 1e9;
        importing.set(false);
        reader.join();
        heap.stop();
        if (!done.get("status").asText().equals("DONE")) {
            System.err.println("bench: the import ended " + done);
            return null;
        }

        System.err.printf("bench: baseline: %,d rows into plain tables over JDBC, %d per batch and transaction%n", rows, CHUNK);
        double baselineSeconds = baseline(hub, rows, runId);

        double rowsPerSecond = rows / seconds;
        double baselineRowsPerSecond = rows / baselineSeconds;
        System.err.println();
        System.err.printf("import (API)      %,d rows in %.1f s: %.0f rows/s (202 after %.2f s); %,d signals created, %,d rows rejected%n",
                rows, seconds, rowsPerSecond, acceptedAfter, done.get("signalsCreated").asInt(), done.get("rejected").asInt());
        System.err.printf("baseline (JDBC)   %,d rows in %.1f s: %.0f rows/s%n", rows, baselineSeconds, baselineRowsPerSecond);
        System.err.printf("Payara heap       peak used %.0f MiB of %s%n", heap.peakMiB(), "-Xmx1g");
        System.err.printf("another user      list p50 %.1f ms, p95 %.1f ms idle; p50 %.1f ms, p95 %.1f ms during the import%n",
                pct(idle, 50), pct(idle, 95), pct(during[0], 50), pct(during[0], 95));

        ObjectNode j = JSON.createObjectNode();
        j.put("benchmark", "import");
        j.put("rows", rows);
        j.put("bytes", file.length);
        j.put("seconds", round(seconds));
        j.put("rowsPerSecond", round(rowsPerSecond));
        j.put("acceptedAfterSeconds", round(acceptedAfter));
        j.put("signalsCreated", done.get("signalsCreated").asInt());
        j.put("rowsRejected", done.get("rejected").asInt());
        j.put("peakHeapMiB", round(heap.peakMiB()));
        j.put("heapLimitMiB", 1024);
        j.put("otherUserIdleP50Ms", round(pct(idle, 50)));
        j.put("otherUserIdleP95Ms", round(pct(idle, 95)));
        j.put("otherUserDuringImportP50Ms", round(pct(during[0], 50)));
        j.put("otherUserDuringImportP95Ms", round(pct(during[0], 95)));
        j.put("baselineSeconds", round(baselineSeconds));
        j.put("baselineRowsPerSecond", round(baselineRowsPerSecond));
        j.put("ratio", Math.round(rowsPerSecond / baselineRowsPerSecond * 1000) / 1000.0);
        return j;
    }

    /** One child per row; signals of one or two children; every hundredth row has an age of 19. */
    static byte[] csv(int rows, String runId) {
        Random rnd = new Random(42);
        StringBuilder out = new StringBuilder(rows * 220).append(HEADER).append("\r\n");
        LocalDate today = LocalDate.now();
        int signal = 0;
        for (int row = 0; row < rows; ) {
            int children = Math.min(1 + rnd.nextInt(2), rows - row);
            String ref = "BENCH-" + runId + "-" + signal++;
            LocalDate to = today.minusDays(1 + rnd.nextInt(300));
            for (int c = 0; c < children; c++, row++) {
                int age = row % 100 == 99 ? 19 : 6 + rnd.nextInt(12);
                out.append(ref);
                if (c == 0) {
                    out.append(",MAYBE,PROFESSIONAL_OBSERVATION,INCIDENT_OR_NARRATIVE,BEGGING;FORCED_CRIMINALITY,")
                            .append("SUSPECTED_VICTIM,EE001,").append(to.minusDays(7)).append(',').append(to).append(',')
                            .append(children).append(",\"Synthetic benchmark signal: children seen begging near a station, ")
                            .append("collected by an adult; no real person is described.\"");
                } else {
                    out.append(",,,,,,,,,,");
                }
                out.append(',').append(rnd.nextBoolean() ? 'F' : 'M').append(',').append(age)
                        .append(",,RO,RO,RO,EU_CITIZEN,false,Bench").append(rnd.nextInt(10_000)).append(",Synthetic")
                        .append(rnd.nextInt(100_000)).append(',').append(to.minusYears(age % 18).minusDays(rnd.nextInt(360)))
                        .append(",\r\n");
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static JsonNode awaitEnd(HttpClient http, Hub hub, String token, String id) throws Exception {
        int lastShown = -1;
        while (true) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(hub.apiUrl() + "/v1/signals/imports/" + id))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
            JsonNode view = JSON.readTree(r.body());
            String status = view.path("status").asText();
            int processed = view.path("processed").asInt();
            if (processed / 10_000 != lastShown) {
                lastShown = processed / 10_000;
                System.err.printf("bench: %s, %,d of %,d rows%n", status, processed, view.path("total").asInt());
            }
            if (status.equals("DONE") || status.equals("FAILED")) return view;
            Thread.sleep(250);
        }
    }

    /** Another user's signal list, timed every 100 ms while {@code running} and for at most {@code max}. */
    private static long[] otherUser(HttpClient http, Hub hub, String token, Duration max, AtomicBoolean running) {
        IntakeBench.LongList latencies = new IntakeBench.LongList();
        long end = System.nanoTime() + max.toNanos();
        HttpRequest list = HttpRequest.newBuilder(URI.create(hub.apiUrl() + "/v1/signals?size=20"))
                .header("Authorization", "Bearer " + token).GET().build();
        while (running.get() && System.nanoTime() < end) {
            try {
                long s = System.nanoTime();
                HttpResponse<String> r = http.send(list, HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) latencies.add(System.nanoTime() - s);
                Thread.sleep(100);
            } catch (IOException e) {
                System.err.println("bench: another user's request failed: " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        long[] all = latencies.toArray();
        java.util.Arrays.sort(all);
        return all;
    }

    private static double baseline(Hub hub, int rows, String runId) throws Exception {
        try (Connection c = hub.openConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA IF NOT EXISTS bench");
            st.execute("CREATE TABLE IF NOT EXISTS bench.import_signal (id uuid PRIMARY KEY, external_ref varchar(100), "
                    + "grade varchar(20), region varchar(5), occurred_from date, children_count int, narrative bytea)");
            st.execute("CREATE TABLE IF NOT EXISTS bench.import_child (id uuid PRIMARY KEY, signal_id uuid, sex varchar(1), "
                    + "age int, citizenship varchar(2), name_dob_token varchar(64))");
            st.execute("TRUNCATE bench.import_signal, bench.import_child");
        }
        Random rnd = new Random(7);
        long t0 = System.nanoTime();
        try (Connection c = hub.openConnection();
             PreparedStatement signal = c.prepareStatement("INSERT INTO bench.import_signal VALUES (?,?,?,?,?,?,?)");
             PreparedStatement child = c.prepareStatement("INSERT INTO bench.import_child VALUES (?,?,?,?,?,?)")) {
            c.setAutoCommit(false);
            byte[] narrative = new byte[160];
            int inChunk = 0;
            UUID signalId = null;
            for (int row = 0; row < rows; row++) {
                if (row % 3 != 1) { // about 1.5 rows per signal, like the file
                    signalId = UUID.randomUUID();
                    rnd.nextBytes(narrative);
                    signal.setObject(1, signalId);
                    signal.setString(2, "BASE-" + runId + "-" + row);
                    signal.setString(3, "MAYBE");
                    signal.setString(4, "EE001");
                    signal.setDate(5, Date.valueOf(LocalDate.now().minusDays(row % 300)));
                    signal.setInt(6, 2);
                    signal.setBytes(7, narrative);
                    signal.addBatch();
                    inChunk++;
                }
                child.setObject(1, UUID.randomUUID());
                child.setObject(2, signalId);
                child.setString(3, "F");
                child.setInt(4, 12);
                child.setString(5, "RO");
                child.setString(6, Long.toHexString(rnd.nextLong()) + Long.toHexString(rnd.nextLong()));
                child.addBatch();
                if (inChunk == CHUNK || row == rows - 1) {
                    signal.executeBatch();
                    child.executeBatch();
                    c.commit();
                    inChunk = 0;
                }
            }
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    private static double pct(long[] sortedNs, double p) {
        if (sortedNs == null || sortedNs.length == 0) return Double.NaN;
        int i = (int) Math.ceil(p / 100.0 * sortedNs.length) - 1;
        return sortedNs[Math.max(0, Math.min(i, sortedNs.length - 1))] / 1e6;
    }

    private static double round(double v) {
        return Double.isNaN(v) ? 0 : Math.round(v * 100) / 100.0;
    }

    /** Samples a JVM's used heap (survivor, eden and old spaces) with the JDK's jstat, every 250 ms. */
    static final class HeapSampler {
        private final long pid;
        private final AtomicLong peakKb = new AtomicLong();
        private Process jstat;
        private Thread reader;

        HeapSampler(long pid) {
            this.pid = pid;
        }

        void start() throws IOException {
            Path java = Path.of(ProcessHandle.current().info().command().orElse("java"));
            Path tool = java.getParent() == null ? Path.of("jstat") : java.getParent().resolve("jstat");
            jstat = new ProcessBuilder(tool.toString(), "-gc", Long.toString(pid), "250").redirectErrorStream(true).start();
            reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(jstat.getInputStream(), StandardCharsets.UTF_8))) {
                    List<String> header = null;
                    for (String line; (line = in.readLine()) != null; ) {
                        List<String> cells = List.of(line.trim().split("\\s+"));
                        if (cells.contains("EU")) {
                            header = new ArrayList<>(cells);
                        } else if (header != null && cells.size() == header.size()) {
                            double used = 0;
                            for (String column : List.of("S0U", "S1U", "EU", "OU")) {
                                used += Double.parseDouble(cells.get(header.indexOf(column)));
                            }
                            long kb = (long) used;
                            peakKb.accumulateAndGet(kb, Math::max);
                        }
                    }
                } catch (IOException | RuntimeException e) {
                    System.err.println("bench: jstat: " + e);
                }
            }, "heap-sampler");
            reader.start();
        }

        void stop() throws InterruptedException {
            jstat.destroy();
            reader.join(5000);
        }

        double peakMiB() {
            return peakKb.get() / 1024.0;
        }
    }
}
