package eu.cbss.impt.hub.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import eu.cbss.impt.hub.realm.Tokens;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The demo organisations and signals. The organisations of the demo users (impt-demo-overlay.json)
 * are registered through the API as admin1 at every start, before anything else: only members of a
 * registered, active organisation may use the hub; one already registered answers 409 and is left as
 * it is (an administrator may have changed or deactivated it).
 *
 * <p>The demo signals enter once, as a real network's would: each demo user uploads their file
 * ({@code demo/<user>.ndjson} beside this class, one signal a line, exactly the body of
 * {@code POST /api/v1/signals}) through {@code POST /api/v1/signals/imports}, and the load waits for
 * each import to end; then the regional coordinators take the decisions of {@code demo/decisions.ndjson}
 * through the review API. Adding a demo signal is adding a line to a user's file (and, to have it
 * reviewed, a line to the decisions). The dates in the files are written as of {@link #FILES_DATED}; each
 * moves forward by the days since, so that the demo stays recent. After them comes the synthetic
 * population of {@link DemoPopulation}, imported the same way (made at start, dated relative to today)
 * and all accepted, for the estimates page. {@code externalRef} ({@code DEMO-0001}...) is idempotent per
 * organisation, so a rerun after a crash files nothing twice; a marker file records that the load finished.
 *
 * <p>Everything here is invented: the narratives describe situations, never persons, and the child
 * identifiers are obviously fictitious ("Demo" names). Two signals from different organisations
 * carry the same identifiers, so linkage has something to find.
 */
public final class DemoData {

    public static final String PASSWORD = "demo";
    /** The demo hub administrator, who registers the demo organisations. */
    static final String ADMIN = "admin1";
    /** The day the dates of the demo files are written as of. */
    public static final LocalDate FILES_DATED = LocalDate.of(2026, 12, 1);
    /** The class-path folder of the demo files. */
    static final String FOLDER = "/eu/cbss/impt/hub/deploy/demo/";
    /** The demo users who may have a file there ({@code worker1.ndjson}...); a missing file files nothing. */
    static final List<String> FILERS = List.of("worker1", "worker2", "worker3", "regional1", "regional2", "national1", "national2");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CLIENTS = 6;

    private DemoData() {
    }

    /** A demo signal: who files it, and the request body. */
    public record DemoSignal(String username, ObjectNode body) {
    }

    /** A regional coordinator's decision on a demo signal (a line of {@code demo/decisions.ndjson}). */
    public record Decision(String reviewer, String organisation, String externalRef, String decision, String message) {

        /** The body of {@code POST /api/v1/reviews/{id}}. */
        String body() {
            ObjectNode b = JSON.createObjectNode().put("decision", decision);
            return (message == null ? b : b.put("message", message)).toString();
        }
    }

    /** A demo organisation: the id its members' accounts name, and what it is (codes of POST /v1/organisations). */
    public record DemoOrganisation(String id, String name, String type, String level, String region, String network) {

        public ObjectNode body() {
            ObjectNode o = JSON.createObjectNode();
            o.put("id", id);
            o.put("name", name);
            o.put("type", type);
            o.put("level", level);
            putIfPresent(o, "region", region);
            putIfPresent(o, "network", network);
            return o;
        }
    }

    private static final String NORTH = "Põhja-Eesti child protection network";
    private static final String SOUTH = "Lõuna-Eesti child protection network";

    /** The organisations of the demo users, in one place (hub-api's tests keep a small copy of their own). */
    public static final List<DemoOrganisation> ORGANISATIONS = List.of(
            new DemoOrganisation("ee-tallinn-social-services", "Tallinn Social Welfare and Health Care Department (demo)",
                    "SOCIAL_SERVICES", "LOCAL", "EE001", NORTH),
            new DemoOrganisation("ee-ngo-lifeline-tallinn", "Lifeline Tallinn, children's helpline and outreach (demo)",
                    "NGO", "LOCAL", "EE001", NORTH),
            new DemoOrganisation("ee-police-south", "South Prefecture, Tartu juvenile police unit (demo)",
                    "POLICE", "LOCAL", "EE008", SOUTH),
            new DemoOrganisation("ee-network-pohja-eesti", "Põhja-Eesti child protection network coordination (demo)",
                    "REGIONAL_NETWORK", "REGIONAL", "EE001", NORTH),
            new DemoOrganisation("ee-network-louna-eesti", "Lõuna-Eesti child protection network coordination (demo)",
                    "REGIONAL_NETWORK", "REGIONAL", "EE008", SOUTH),
            new DemoOrganisation("ee-national-coordination", "National anti-trafficking coordination, Social Insurance Board (demo)",
                    "NATIONAL_COORDINATION", "NATIONAL", "EE", null),
            new DemoOrganisation("fi-national-hub", "Finnish national coordination hub (demo)",
                    "PARTNER_HUB", "NATIONAL", "FI", null),
            new DemoOrganisation("ee-university-tartu", "University of Tartu, Institute of Social Studies (demo)",
                    "RESEARCH", "NATIONAL", "EE", null),
            new DemoOrganisation("ee-hub-operator", "IMPT Hub operations team (demo)",
                    "OPERATOR", "NATIONAL", "EE", null));

    /** What a load did: organisations registered now (not before), and signals imported (0 when the marker existed). */
    public record Loaded(int organisationsRegistered, int signals) {
    }

    /**
     * Registers the demo organisations that are not registered yet, then imports the demo signals and
     * takes the demo decisions unless {@code marker} exists, and writes it.
     *
     * @throws HubStartException if a token cannot be had or the API refuses an organisation, a file, a
     *                           line of a file or a decision
     */
    public static Loaded loadOnce(String keycloakUrl, String apiBaseUrl, Path marker) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        int organisations = registerOrganisations(http, apiBaseUrl, new Tokens(keycloakUrl).password(ADMIN, PASSWORD).accessToken());
        if (Files.exists(marker)) {
            return new Loaded(organisations, 0);
        }
        DemoApi api = new DemoApi(keycloakUrl, apiBaseUrl);
        LocalDate today = LocalDate.now();
        List<DemoSignal> population = DemoPopulation.signals(today);
        List<Upload> uploads = new ArrayList<>(); // all sent first: the hub reads one file while the next arrives
        for (Map.Entry<String, List<DemoSignal>> file : byUser(signals(today)).entrySet()) {
            uploads.add(upload(api, file.getKey(), file.getKey() + ".ndjson", file.getValue()));
        }
        for (Map.Entry<String, List<DemoSignal>> file : byUser(population).entrySet()) {
            uploads.add(upload(api, file.getKey(), "the synthetic population of " + file.getKey(), file.getValue()));
        }
        int signals = 0;
        for (Upload u : uploads) {
            signals += read(api, u);
        }
        List<Decision> decisions = new ArrayList<>(decisions());
        Map<String, String> organisationOf = new LinkedHashMap<>();
        for (DemoSignal s : population) {
            String organisation = organisationOf.computeIfAbsent(s.username(), u -> api.get(u, "/v1/me").path("organisation").asText());
            decisions.add(new Decision(reviewerOf(s.username()), organisation, s.body().path("externalRef").asText(), "ACCEPT", null));
        }
        decide(api, decisions);
        try {
            Files.createDirectories(marker.getParent());
            Files.writeString(marker, "demo signals loaded " + java.time.Instant.now() + "\n");
        } catch (IOException e) {
            throw new HubStartException("demo data: cannot write " + marker + ": " + e.getMessage(), e);
        }
        return new Loaded(organisations, signals);
    }

    /** Registers the demo organisations as admin1 (for a hub without the demo signals, such as the benchmark's). */
    public static int registerOrganisations(String keycloakUrl, String apiBaseUrl) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        return registerOrganisations(http, apiBaseUrl, new Tokens(keycloakUrl).password(ADMIN, PASSWORD).accessToken());
    }

    /** @return how many were registered now; those already registered (409) are left as they are */
    private static int registerOrganisations(HttpClient http, String apiBaseUrl, String adminToken) {
        URI endpoint = URI.create(apiBaseUrl + "/v1/organisations");
        int registered = 0;
        for (DemoOrganisation o : ORGANISATIONS) {
            HttpRequest req = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + adminToken).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(o.body().toString())).build();
            HttpResponse<String> r;
            try {
                r = http.send(req, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new HubStartException("demo data: POST " + endpoint + " failed: " + e, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new HubStartException("demo data: interrupted");
            }
            if (r.statusCode() == 201) {
                registered++;
            } else if (r.statusCode() != 409) {
                throw new HubStartException("demo data: the API refused the organisation " + o.id() + " (as " + ADMIN
                        + "): HTTP " + r.statusCode() + " " + DemoApi.brief(r));
            }
        }
        return registered;
    }

    /** An uploaded demo file: who sent it, what it is called in messages, the import's id. */
    private record Upload(String user, String name, String id) {
    }

    private static Upload upload(DemoApi api, String user, String name, List<DemoSignal> signals) {
        StringBuilder ndjson = new StringBuilder();
        signals.forEach(s -> ndjson.append(s.body()).append('\n'));
        return new Upload(user, name, api.upload(user, name, ndjson.toString()));
    }

    /** Waits for an upload to be read; every line must be (a refused line stops the start, with its reasons). */
    private static int read(DemoApi api, Upload u) {
        JsonNode done = api.awaitImport(u.user(), u.name(), u.id());
        if (done.path("rejected").asInt() > 0) {
            List<String> errors = new ArrayList<>();
            done.path("errors").forEach(e -> errors.add("line " + e.path("row").asText() + ", " + e.path("field").asText()
                    + ": " + e.path("message").asText()));
            throw new HubStartException("demo data: " + u.name() + " has lines the hub refuses: " + String.join("; ", errors));
        }
        return done.path("accepted").asInt();
    }

    /**
     * The regional coordinators take the decisions, a few at once. Each finds its signals in the
     * reviewer's queue (submitted signals only): one decided in a run that crashed is left as it is.
     */
    private static void decide(DemoApi api, List<Decision> decisions) {
        Map<String, Map<String, String>> queues = new LinkedHashMap<>(); // reviewer -> "organisation externalRef" -> id
        for (Decision d : decisions) {
            queues.computeIfAbsent(d.reviewer(), r -> {
                Map<String, String> ids = new LinkedHashMap<>();
                for (JsonNode item : api.all(r, "/v1/reviews")) {
                    ids.put(item.path("organisation").asText() + " " + item.path("externalRef").asText(), item.path("id").asText());
                }
                return ids;
            });
        }
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (Decision d : decisions) {
                String id = queues.get(d.reviewer()).get(d.organisation() + " " + d.externalRef());
                if (id == null) {
                    continue; // decided before this run
                }
                done.add(clients.submit(() -> {
                    HttpResponse<String> r = api.postJson(d.reviewer(), "/v1/reviews/" + id, d.body());
                    if (r.statusCode() != 200 && r.statusCode() != 409) {
                        throw new HubStartException("demo data: " + d.reviewer() + " could not " + d.decision().toLowerCase()
                                + " " + d.externalRef() + ": HTTP " + r.statusCode() + " " + DemoApi.brief(r));
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof HubStartException h ? h : new HubStartException("demo data: " + e.getCause(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HubStartException("demo data: interrupted");
        } finally {
            clients.shutdownNow();
        }
    }

    /** The regional coordinator of a demo social worker's organisation. */
    static String reviewerOf(String worker) {
        return worker.equals("worker3") ? "regional2" : "regional1";
    }

    private static Map<String, List<DemoSignal>> byUser(List<DemoSignal> signals) {
        Map<String, List<DemoSignal>> files = new LinkedHashMap<>();
        signals.forEach(s -> files.computeIfAbsent(s.username(), u -> new ArrayList<>()).add(s));
        return files;
    }

    /** The signals of the demo files, in file order ({@link #FILERS}), dated relative to {@code today}. */
    public static List<DemoSignal> signals(LocalDate today) {
        long days = ChronoUnit.DAYS.between(FILES_DATED, today);
        List<DemoSignal> signals = new ArrayList<>();
        for (String user : FILERS) {
            for (JsonNode line : lines(user + ".ndjson")) {
                signals.add(new DemoSignal(user, shifted((ObjectNode) line, days)));
            }
        }
        return signals;
    }

    /** The decisions of {@code demo/decisions.ndjson}, in file order. */
    public static List<Decision> decisions() {
        List<Decision> decisions = new ArrayList<>();
        for (JsonNode d : lines("decisions.ndjson")) {
            decisions.add(new Decision(d.path("reviewer").asText(), d.path("organisation").asText(), d.path("externalRef").asText(),
                    d.path("decision").asText(), d.hasNonNull("message") ? d.path("message").asText() : null));
        }
        return decisions;
    }

    /** The dates of a signal (its period, its children's dates of birth) moved by {@code days}. */
    static ObjectNode shifted(ObjectNode signal, long days) {
        ObjectNode s = signal.deepCopy();
        shift(s, "occurredFrom", days);
        shift(s, "occurredTo", days);
        s.path("children").forEach(c -> {
            if (c.path("identifiers") instanceof ObjectNode ids) {
                shift(ids, "dateOfBirth", days);
            }
        });
        return s;
    }

    private static void shift(ObjectNode node, String field, long days) {
        if (node.hasNonNull(field)) {
            node.set(field, TextNode.valueOf(LocalDate.parse(node.path(field).asText()).plusDays(days).toString()));
        }
    }

    /** The non-blank lines of a demo file as JSON; none if there is no such file. */
    private static List<JsonNode> lines(String file) {
        List<JsonNode> lines = new ArrayList<>();
        try (InputStream in = DemoData.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                return lines;
            }
            int n = 0;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                n++;
                if (!line.isBlank()) {
                    try {
                        lines.add(JSON.readTree(line));
                    } catch (IOException e) {
                        throw new HubStartException("demo data: line " + n + " of " + file + " is not JSON: " + e.getMessage(), e);
                    }
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void putIfPresent(ObjectNode n, String field, String value) {
        if (value != null) {
            n.put(field, value);
        }
    }
}
