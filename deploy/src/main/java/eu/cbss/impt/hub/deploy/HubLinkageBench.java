package eu.cbss.impt.hub.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.cbss.impt.hub.imports.CsvColumns;
import eu.cbss.impt.hub.linkage.synthetic.SyntheticChildren;
import eu.cbss.impt.hub.linkage.synthetic.SyntheticChildren.SyntheticRecord;
import eu.cbss.impt.hub.pseudonymisation.ChildIdentifiers;
import eu.cbss.impt.hub.realm.Tokens;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code ./hub bench linkage --in-hub [--records 200000] [--probes 60]}: how long one new signal takes
 * to be filed and linked by the running hub when its store already holds many child records,
 * against the same on an empty store, in the same run.
 *
 * <ol>
 *   <li>Starts a hub of its own on a fresh {@code var/bench-linkage} (the bench ports, Payara with
 *       {@code -Xmx4g}: the engine holds every record's filter in memory).</li>
 *   <li>Baseline: {@code probes} signals of one child each, filed one at a time by national1 (accepted
 *       at filing, so linked after the filing commits and before the answer), on the empty store.</li>
 *   <li>Fills the store: {@code records} synthetic child records with realistic names and errors
 *       ({@link SyntheticChildren}), uploaded by national1 as CSV files of at most 200,000 rows, linked
 *       chunk by chunk as the import accepts them.</li>
 *   <li>The same number of probes again, half of them re-reports (one letter changed in the family
 *       name) of children in the store. Each answer's time is the filing plus the linking; each probe's
 *       {@code clusterIds} is then read to check that it was linked.</li>
 * </ol>
 * Progress goes to standard error; {@code ./hub bench linkage --in-hub} prints the figures as one JSON
 * line on standard output.
 */
public final class HubLinkageBench {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HEADER = String.join(",", CsvColumns.headers());
    private static final int ROWS_PER_FILE = 200_000;

    private HubLinkageBench() {
    }

    /**
     * Fills a fresh bench hub, measures, restarts it on the full store, stops it.
     *
     * @param jfr where to write a Flight Recorder profile of Payara for the whole run, or null
     * @return the figures, or null when the hub did not start or the store could not be filled (the reason printed)
     */
    public static Map<String, Object> measure(int records, int probes, Path jfr) throws Exception {
        List<String> payara = new ArrayList<>(List.of("-Xmx4g"));
        if (jfr != null) { // to see where the time goes
            payara.add("-XX:StartFlightRecording=filename=" + jfr.toAbsolutePath() + ",settings=profile");
        }
        HubSettings d = HubSettings.defaults();
        Path var = d.checkoutDir().resolve("var/bench-linkage");
        deleteRecursively(var.resolve("postgres")); // a store of exactly the records generated here
        HubSettings settings = d.withVarDir(var).withPorts(8280, 5533, 8380, 9380).withDemoData(false)
                .withPayaraJvmOptions(payara);
        Map<String, Object> figures;
        try (Hub hub = new Hub(settings, line -> System.err.println("bench: " + line))) {
            hub.start();
            figures = run(hub, records, probes);
        } catch (HubStartException e) {
            System.err.println("bench: the hub did not start: " + e.getMessage());
            return null;
        }
        if (figures != null) {
            restart(settings, figures);
        }
        return figures;
    }

    /** Whether every probe into the full store was linked: the benchmark's own check. */
    public static boolean allProbesLinked(Map<String, Object> figures) {
        return figures.get("probesLinked").equals(figures.get("probes"));
    }

    /**
     * Starts the hub again on the full store: the engine is rebuilt by replaying the stored history
     * (its time is read from Payara's log), and the stored clusters stand.
     */
    private static void restart(HubSettings settings, Map<String, Object> figures) throws Exception {
        System.err.println("bench: restarting the hub on the full store (the engine is rebuilt from the stored history)");
        long t0 = System.nanoTime();
        try (Hub hub = new Hub(settings, line -> System.err.println("bench: " + line))) {
            hub.start();
            double seconds = (System.nanoTime() - t0) / 1e9;
            Client client = new Client(hub, new Tokens(hub.keycloakUrl()));
            long clusters = client.get("/v1/clusters?kind=CHILD&size=1").path("total").asLong();
            Matcher rebuilt = Pattern.compile("Cluster engine rebuilt in (\\d+) ms")
                    .matcher(Files.readString(settings.logsDir().resolve("payara.log")));
            long rebuildMs = -1;
            while (rebuilt.find()) rebuildMs = Long.parseLong(rebuilt.group(1));
            System.err.printf("bench: restarted in %.1f s, the engine rebuilt in %,d ms; %,d child clusters (%,d before)%n",
                    seconds, rebuildMs, clusters, (Long) figures.get("childClustersAfterProbes"));
            figures.put("restartSeconds", round(seconds));
            figures.put("engineRebuildMs", rebuildMs);
            figures.put("childClustersAfterRestart", clusters);
        } catch (HubStartException e) {
            System.err.println("bench: the hub did not start again: " + e.getMessage());
            figures.put("restartSeconds", -1);
        }
    }

    static Map<String, Object> run(Hub hub, int records, int probes) throws Exception {
        DemoData.registerOrganisations(hub.keycloakUrl(), hub.apiUrl());
        Tokens tokens = new Tokens(hub.keycloakUrl());
        Client client = new Client(hub, tokens);
        String runId = Long.toString(System.currentTimeMillis(), 36).toUpperCase();

        List<SyntheticRecord> store = SyntheticChildren.generate(records, 42, SyntheticChildren.Rates.defaults());
        List<SyntheticRecord> fresh = SyntheticChildren.generate(3 * probes, 7, SyntheticChildren.Rates.defaults());

        System.err.printf("bench: warm-up and baseline: %d probes into the empty store%n", probes);
        probe(client, fresh.subList(0, probes), runId + "-W", false); // warm-up: JIT, pools, tokens
        Probes empty = probe(client, fresh.subList(probes, 2 * probes), runId + "-E", false);

        long t0 = System.nanoTime();
        int files = 0;
        int rejected = 0;
        for (int from = 0; from < store.size(); from += ROWS_PER_FILE) {
            List<SyntheticRecord> part = store.subList(from, Math.min(store.size(), from + ROWS_PER_FILE));
            byte[] csv = csv(part, runId + "-" + files++);
            System.err.printf("bench: uploading records %,d to %,d (%.1f MiB)%n", from + 1, from + part.size(), csv.length / 1048576.0);
            JsonNode done = client.importCsv(csv);
            rejected += done.path("rejected").asInt();
            if (!done.path("status").asText().equals("DONE") || done.path("rejected").asInt() > part.size() / 100) {
                System.err.println("bench: the import did not end well: " + done.toPrettyString());
                return null;
            }
        }
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        long clusters = client.get("/v1/clusters?kind=CHILD&size=1").path("total").asLong();
        System.err.printf("bench: %,d records filed and linked in %.1f s; %,d child clusters%n", records, loadSeconds, clusters);

        // Half re-reports of children in the store (a one-letter change), half children never reported.
        List<SyntheticRecord> full = new ArrayList<>();
        for (int i = 0; i < probes; i++) {
            full.add(i % 2 == 0 ? retyped(store.get((int) ((long) i * store.size() / probes))) : fresh.get(2 * probes + i));
        }
        System.err.printf("bench: %d probes into the store of %,d records%n", probes, records);
        Probes loaded = probe(client, full, runId + "-F", true);

        Map<String, Object> j = new LinkedHashMap<>();
        j.put("benchmark", "linkage-in-hub");
        j.put("records", records);
        j.put("recordsRefused", rejected);
        j.put("childClusters", clusters);
        j.put("loadSeconds", round(loadSeconds));
        j.put("loadRecordsPerSecond", round(records / loadSeconds));
        j.put("probes", probes);
        j.put("emptyStoreP50Ms", empty.ms(0.50));
        j.put("emptyStoreP95Ms", empty.ms(0.95));
        j.put("emptyStoreMaxMs", empty.ms(1.0));
        j.put("fullStoreP50Ms", loaded.ms(0.50));
        j.put("fullStoreP95Ms", loaded.ms(0.95));
        j.put("fullStoreMaxMs", loaded.ms(1.0));
        j.put("p50Ratio", round(loaded.ms(0.50) / empty.ms(0.50)));
        j.put("probesLinked", loaded.linked);
        j.put("reReportsJoiningAnotherSignal", loaded.joined);
        j.put("goalMs", 50);
        j.put("childClustersAfterProbes", client.get("/v1/clusters?kind=CHILD&size=1").path("total").asLong());
        System.err.printf("bench: filing + linking one signal, p50 / p95 / max: empty store %.1f / %.1f / %.1f ms, "
                + "%,d records %.1f / %.1f / %.1f ms%n", empty.ms(0.5), empty.ms(0.95), empty.ms(1), records,
                loaded.ms(0.5), loaded.ms(0.95), loaded.ms(1));
        System.err.printf("bench: %d of %d probes linked; %d of %d re-reports joined a cluster with another signal%n",
                loaded.linked, probes, loaded.joined, (probes + 1) / 2);
        return j;
    }

    /** Latencies of filing-and-linking, sorted; how many probes got a cluster, and how many shared it. */
    private record Probes(long[] sortedNs, int linked, int joined) {
        double ms(double p) {
            int i = Math.min(sortedNs.length - 1, (int) Math.ceil(p * sortedNs.length) - 1);
            return round(sortedNs[Math.max(0, i)] / 1e6);
        }
    }

    private static Probes probe(Client client, List<SyntheticRecord> children, String refPrefix, boolean check)
            throws Exception {
        long[] ns = new long[children.size()];
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < children.size(); i++) {
            ObjectNode signal = signal(children.get(i).identifiers(), refPrefix + "-" + i);
            long t = System.nanoTime();
            JsonNode created = client.post("/v1/signals", signal.toString());
            ns[i] = System.nanoTime() - t;
            ids.add(created.get("id").asText());
        }
        Arrays.sort(ns);
        int linked = 0;
        int joined = 0;
        if (check) {
            for (int i = 0; i < ids.size(); i++) {
                JsonNode clusterIds = client.get("/v1/signals/" + ids.get(i)).path("clusterIds");
                if (clusterIds.size() > 0) linked++;
                // the re-reports are the even probes: did each find its child's earlier report?
                if (i % 2 == 0 && clusterIds.size() > 0 && client.get("/v1/clusters/" + clusterIds.get(0).asText()).path("signalIds").size() > 1) {
                    joined++;
                }
            }
        }
        return new Probes(ns, linked, joined);
    }

    private static ObjectNode signal(ChildIdentifiers ids, String ref) {
        LocalDate to = when(List.of(ids));
        ObjectNode s = JSON.createObjectNode().put("externalRef", ref).put("grade", "MAYBE")
                .put("sourceType", "PROFESSIONAL_OBSERVATION").put("informationType", "INCIDENT_OR_NARRATIVE")
                .put("childSituation", "SUSPECTED_VICTIM").put("region", "EE001").put("occurredFrom", to.toString())
                .put("occurredTo", to.toString()).put("childrenCount", 1);
        s.putArray("concerns").add("BEGGING");
        ArrayNode children = s.putArray("children");
        ObjectNode identifiers = children.addObject().put("sex", "F").putObject("identifiers");
        if (ids.givenName() != null) identifiers.put("givenName", ids.givenName());
        if (ids.familyName() != null) identifiers.put("familyName", ids.familyName());
        if (ids.dateOfBirth() != null) identifiers.put("dateOfBirth", ids.dateOfBirth().toString());
        if (ids.idNumber() != null) identifiers.put("idNumber", ids.idNumber());
        return s;
    }

    /** The same child written again with the family name's second letter doubled. */
    private static SyntheticRecord retyped(SyntheticRecord r) {
        ChildIdentifiers ids = r.identifiers();
        String family = ids.familyName();
        String typo = family == null || family.length() < 3 ? family : family.charAt(0) + family.substring(1, 2) + family.substring(1);
        return new SyntheticRecord(UUID.randomUUID(), UUID.randomUUID(), r.organisation(), r.child(),
                new ChildIdentifiers(ids.givenName(), typo, ids.dateOfBirth(), null));
    }

    /** One CSV row per record, records of one synthetic signal under one external reference. */
    static byte[] csv(List<SyntheticRecord> records, String runId) {
        Map<UUID, List<SyntheticRecord>> bySignal = new LinkedHashMap<>();
        records.forEach(r -> bySignal.computeIfAbsent(r.signal(), k -> new ArrayList<>()).add(r));
        StringBuilder out = new StringBuilder(records.size() * 200).append(HEADER).append("\r\n");
        int n = 0;
        for (List<SyntheticRecord> signal : bySignal.values()) {
            String ref = "LINK-" + runId + "-" + n++;
            LocalDate to = when(signal.stream().map(SyntheticRecord::identifiers).toList());
            for (int c = 0; c < signal.size(); c++) {
                ChildIdentifiers ids = signal.get(c).identifiers();
                out.append(ref);
                if (c == 0) {
                    out.append(",MAYBE,PROFESSIONAL_OBSERVATION,INCIDENT_OR_NARRATIVE,BEGGING,SUSPECTED_VICTIM,EE001,")
                            .append(to).append(',').append(to).append(',').append(signal.size()).append(',');
                } else {
                    out.append(",,,,,,,,,,");
                }
                out.append(",,,,,,,,,").append(cell(ids.givenName())).append(',').append(cell(ids.familyName())).append(',')
                        .append(ids.dateOfBirth() == null ? "" : ids.dateOfBirth().toString()).append(',')
                        .append(cell(ids.idNumber())).append("\r\n");
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A day on which every one of these children was born and under 18 (the hub refuses adults): a
     * few days ago, or earlier for an eldest born more than 17 years ago.
     */
    private static LocalDate when(List<ChildIdentifiers> children) {
        LocalDate day = LocalDate.now().minusDays(3);
        for (ChildIdentifiers c : children) {
            if (c.dateOfBirth() != null && c.dateOfBirth().plusYears(17).isBefore(day)) day = c.dateOfBirth().plusYears(17);
        }
        for (ChildIdentifiers c : children) {
            if (c.dateOfBirth() != null && c.dateOfBirth().isAfter(day)) day = c.dateOfBirth();
        }
        return day;
    }

    private static String cell(String value) {
        return value == null ? "" : value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    /** national1's calls to the bench hub, with a token renewed before it expires. */
    private static final class Client {
        private final Hub hub;
        private final Tokens tokens;
        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        private String token;
        private long renewAt;

        Client(Hub hub, Tokens tokens) {
            this.hub = hub;
            this.tokens = tokens;
        }

        private String token() throws Exception {
            if (token == null || System.nanoTime() > renewAt) {
                token = tokens.password("national1", DemoData.PASSWORD).accessToken();
                renewAt = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            }
            return token;
        }

        JsonNode get(String path) throws Exception {
            return send(HttpRequest.newBuilder(URI.create(hub.apiUrl() + path)).GET(), 200);
        }

        JsonNode post(String path, String body) throws Exception {
            return send(HttpRequest.newBuilder(URI.create(hub.apiUrl() + path)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)), 201);
        }

        JsonNode importCsv(byte[] csv) throws Exception {
            JsonNode received = send(HttpRequest.newBuilder(URI.create(hub.apiUrl() + "/v1/signals/imports"))
                    .header("Content-Type", "text/csv").timeout(Duration.ofMinutes(5))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(csv)), 202);
            String id = received.get("id").asText();
            int shown = -1;
            while (true) {
                JsonNode view = get("/v1/signals/imports/" + id);
                int processed = view.path("processed").asInt();
                if (processed / 50_000 != shown) {
                    shown = processed / 50_000;
                    System.err.printf("bench: %s, %,d of %,d rows%n", view.path("status").asText(), processed, view.path("total").asInt());
                }
                String status = view.path("status").asText();
                if (status.equals("DONE") || status.equals("FAILED")) return view;
                Thread.sleep(500);
            }
        }

        private JsonNode send(HttpRequest.Builder request, int expected) throws Exception {
            HttpResponse<String> r = http.send(request.header("Authorization", "Bearer " + token()).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != expected) {
                throw new IllegalStateException("HTTP " + r.statusCode() + ": " + r.body());
            }
            return JSON.readTree(r.body());
        }
    }
}
