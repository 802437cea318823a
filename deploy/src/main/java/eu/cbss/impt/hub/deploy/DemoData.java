package eu.cbss.impt.hub.deploy;

import eu.cbss.impt.hub.realm.Tokens;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo organisations and signals. The organisations of the demo users (impt-demo-overlay.json)
 * are registered through the API as admin1 at every start, before anything else: only members of a
 * registered, active organisation may use the hub; one already registered answers 409 and is left as
 * it is (an administrator may have changed or deactivated it). The demo signals are posted once
 * through the API as the demo social workers (password {@code demo}).
 * {@code externalRef} ({@code DEMO-0001}...) is idempotent per organisation, so a rerun after a crash
 * posts nothing twice; a marker file records that the load finished.
 *
 * <p>Everything here is invented: the narratives describe situations, never persons, and the child
 * identifiers are obviously fictitious ("Demo" names). Two signals from different organisations
 * carry the same identifiers, so linkage has something to find. After them comes the synthetic
 * population of {@link DemoPopulation}, all accepted, for the estimates page.
 */
public final class DemoData {

    public static final String PASSWORD = "demo";
    /** The demo hub administrator, who registers the demo organisations. */
    static final String ADMIN = "admin1";

    private static final ObjectMapper JSON = new ObjectMapper();

    private DemoData() {
    }

    /** A demo signal: who files it, and the request body. */
    public record DemoSignal(String username, ObjectNode body) {
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

    /** What a load did: organisations registered now (not before), and signals posted (0 when the marker existed). */
    public record Loaded(int organisationsRegistered, int signals) {
    }

    /**
     * Registers the demo organisations that are not registered yet, then posts the demo signals unless
     * {@code marker} exists, and writes it.
     *
     * @throws HubStartException if a token cannot be had or the API refuses an organisation or a signal
     */
    public static Loaded loadOnce(String keycloakUrl, String apiBaseUrl, Path marker) {
        Tokens tokens = new Tokens(keycloakUrl);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        int organisations = registerOrganisations(http, apiBaseUrl, tokens.password(ADMIN, PASSWORD).accessToken());
        if (Files.exists(marker)) {
            return new Loaded(organisations, 0);
        }
        Map<String, String> tokenByUser = new LinkedHashMap<>();
        URI endpoint = URI.create(apiBaseUrl + "/v1/signals");
        int n = 0;
        List<String[]> filed = new ArrayList<>(); // {username, signal id}
        for (DemoSignal s : signals(LocalDate.now())) {
            String token = tokenByUser.computeIfAbsent(s.username(), u -> tokens.password(u, PASSWORD).accessToken());
            HttpResponse<String> r = post(http, endpoint, token, s.body().toString());
            if (r.statusCode() != 201 && r.statusCode() != 200) {
                throw new HubStartException("demo data: the API refused " + s.body().path("externalRef").asText()
                        + " (as " + s.username() + "): HTTP " + r.statusCode() + " " + brief(r));
            }
            filed.add(new String[] {s.username(), id(r)});
            n++;
        }
        review(filed, http, apiBaseUrl, user -> tokenByUser.computeIfAbsent(user, u -> tokens.password(u, PASSWORD).accessToken()));
        Map<String, String> tokensByUser = new java.util.concurrent.ConcurrentHashMap<>(tokenByUser);
        for (String coordinator : List.of("regional1", "regional2")) {
            tokensByUser.computeIfAbsent(coordinator, u -> tokens.password(u, PASSWORD).accessToken());
        }
        n += fileAndAcceptPopulation(http, apiBaseUrl, tokensByUser);
        try {
            Files.createDirectories(marker.getParent());
            Files.writeString(marker, "demo signals loaded " + java.time.Instant.now() + "\n");
        } catch (IOException e) {
            throw new HubStartException("demo data: cannot write " + marker + ": " + e.getMessage(), e);
        }
        return new Loaded(organisations, n);
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
            HttpResponse<String> r = post(http, endpoint, adminToken, o.body().toString());
            if (r.statusCode() == 201) {
                registered++;
            } else if (r.statusCode() != 409) {
                throw new HubStartException("demo data: the API refused the organisation " + o.id() + " (as " + ADMIN
                        + "): HTTP " + r.statusCode() + " " + brief(r));
            }
        }
        return registered;
    }

    /**
     * The regional coordinators review some demo signals, so that every review state and the
     * national coordinators' default list (accepted signals) have something to show: in each
     * region the first signals are accepted and one is returned with a question. A decision taken
     * before (a re-run after a crash) answers 409 and is left as it is.
     */
    private static void review(List<String[]> filed, HttpClient http, String apiBaseUrl,
            java.util.function.Function<String, String> tokenFor) {
        Map<String, Integer> decided = new LinkedHashMap<>();
        for (String[] f : filed) {
            String coordinator = f[0].equals("worker3") ? "regional2" : "regional1";
            int k = decided.merge(coordinator, 1, Integer::sum);
            String body = k <= 2 ? "{\"decision\": \"ACCEPT\", \"message\": \"Consistent with what the network knows.\"}"
                    : k == 3 ? "{\"decision\": \"RETURN\", \"message\": \"Which weekends was this, and has the school been told?\"}"
                    : null;
            if (body == null) {
                continue;
            }
            HttpResponse<String> r = post(http, URI.create(apiBaseUrl + "/v1/reviews/" + f[1]), tokenFor.apply(coordinator), body);
            if (r.statusCode() != 200 && r.statusCode() != 409) {
                throw new HubStartException("demo data: " + coordinator + " could not review " + f[1] + ": HTTP "
                        + r.statusCode() + " " + brief(r));
            }
        }
    }

    /**
     * Files the synthetic population ({@link DemoPopulation}) and has the regional coordinators accept
     * every signal of it, so that linkage makes its child clusters: a few clients at once, to keep the
     * start short (about 40 signals carrying about 230 child records). A signal already filed (200) or decided (409) in
     * a run that crashed is left as it is.
     */
    private static int fileAndAcceptPopulation(HttpClient http, String apiBaseUrl, Map<String, String> tokens) {
        URI endpoint = URI.create(apiBaseUrl + "/v1/signals");
        List<DemoSignal> population = DemoPopulation.signals(LocalDate.now());
        java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            List<java.util.concurrent.Future<?>> done = new ArrayList<>();
            for (DemoSignal s : population) {
                done.add(clients.submit(() -> {
                    HttpResponse<String> r = post(http, endpoint, tokens.get(s.username()), s.body().toString());
                    if (r.statusCode() != 201 && r.statusCode() != 200) {
                        throw new HubStartException("demo data: the API refused " + s.body().path("externalRef").asText()
                                + " (as " + s.username() + "): HTTP " + r.statusCode() + " " + brief(r));
                    }
                    String coordinator = s.username().equals("worker3") ? "regional2" : "regional1";
                    HttpResponse<String> a = post(http, URI.create(apiBaseUrl + "/v1/reviews/" + id(r)), tokens.get(coordinator),
                            "{\"decision\": \"ACCEPT\"}");
                    if (a.statusCode() != 200 && a.statusCode() != 409) {
                        throw new HubStartException("demo data: " + coordinator + " could not accept "
                                + s.body().path("externalRef").asText() + ": HTTP " + a.statusCode() + " " + brief(a));
                    }
                    return null;
                }));
            }
            for (java.util.concurrent.Future<?> f : done) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw e.getCause() instanceof HubStartException h ? h : new HubStartException("demo data: " + e.getCause(), e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new HubStartException("demo data: interrupted");
                }
            }
        } finally {
            clients.shutdownNow();
        }
        return population.size();
    }

    private static HttpResponse<String> post(HttpClient http, URI endpoint, String token, String body) {
        HttpRequest req = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            return http.send(req, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new HubStartException("demo data: POST " + endpoint + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HubStartException("demo data: interrupted");
        }
    }

    private static String id(HttpResponse<String> r) {
        try {
            return new ObjectMapper().readTree(r.body()).path("id").asText();
        } catch (IOException e) {
            throw new HubStartException("demo data: the API's answer is not JSON: " + brief(r), e);
        }
    }

    private static String brief(HttpResponse<String> r) {
        String type = r.headers().firstValue("Content-Type").orElse("");
        if (type.contains("html")) {
            return "(an HTML error page)";
        }
        String b = r.body().replaceAll("\\s+", " ");
        return b.length() > 1500 ? b.substring(0, 1500) + "…" : b;
    }

    /** The demo signals, dated relative to {@code today}. */
    public static List<DemoSignal> signals(LocalDate today) {
        List<DemoSignal> l = new ArrayList<>();
        l.add(signal("worker1", 1, "ANECDOTAL", "PROFESSIONAL_OBSERVATION", "INCIDENT_OR_NARRATIVE",
                List.of("BEGGING", "FORCED_CRIMINALITY"), "SUSPECTED_VICTIM", "EE001", today.minusDays(40), today.minusDays(26), 2,
                "Two girls seen begging near the central bus station on several weekends; an adult man collects "
                        + "the money at the end of each day and they leave with him by car.",
                child("F", 14, "RO", "RO", "RO", "EU_CITIZEN", false, ids("Demo-Ana", "Example", today.minusYears(14).minusDays(50))),
                child("F", 12, "RO", "RO", "RO", "EU_CITIZEN", false, null)));
        l.add(signal("worker1", 2, "MAYBE", "ORGANISATION_REPORT", "EMERGING_ISSUE",
                List.of("SEXUAL_EXPLOITATION"), "AT_RISK_CONTEXT", "EE001", today.minusDays(60), today.minusDays(5), 3,
                "Youth workers report that older men offer rides and gifts to girls leaving a shopping centre on Friday "
                        + "evenings; the same car has been described several times by different young people.",
                child("F", 16, "EE", "EE", null, "NATIONAL", false, null),
                child("F", 15, "EE", "EE", null, "NATIONAL", false, null)));
        l.add(signal("worker1", 3, "OFFICIAL", "OFFICIAL_RECORD", "INCIDENT_OR_NARRATIVE",
                List.of("LABOUR_EXPLOITATION"), "IDENTIFIED_VICTIM", "EE001", today.minusDays(20), today.minusDays(20), 1,
                "A labour inspection found a 16-year-old working night shifts at a car wash without a contract; "
                        + "his wages were paid to an adult intermediary.",
                child("M", 16, "UA", "UA", "UA", "THIRD_COUNTRY_REGULAR", false, ids("Demo-Oleh", "Sample", today.minusYears(16).minusDays(120)))));
        l.add(signal("worker2", 4, "ANECDOTAL", "ANECDOTE", "INCIDENT_OR_NARRATIVE",
                List.of("ONLINE_SEXUAL_EXPLOITATION"), "SUSPECTED_VICTIM", "EE001", today.minusDays(14), today.minusDays(7), 1,
                "A helpline caller said that a classmate is being paid for images by someone she met in an online game.",
                child("F", 13, "EE", "EE", null, "NATIONAL", false, null)));
        l.add(signal("worker2", 5, "MAYBE", "PROFESSIONAL_OBSERVATION", "INCIDENT_OR_NARRATIVE",
                List.of("UNACCOMPANIED_MIGRANT_CHILD"), "AT_RISK_CONTEXT", "EE00A", today.minusDays(9), today.minusDays(9), 2,
                "Two boys arrived at the shelter without a guardian; one says that a relative in another country will "
                        + "arrange work for them once they travel on.",
                child("M", 15, "AF", "AF", null, "ASYLUM_SEEKER", false, ids("Demo-Karim", "Placeholder", today.minusYears(15).minusDays(200))),
                child("M", 17, "AF", "IR", null, "ASYLUM_SEEKER", false, null)));
        l.add(signal("worker2", 6, "ANECDOTAL", "MEDIA", "EMERGING_ISSUE",
                List.of("SEXUAL_EXPLOITATION"), "AT_RISK_CONTEXT", "EE001", today.minusDays(90), today.minusDays(10), 4,
                "Local news and outreach staff describe week-end prostitution involving teenagers in short-term rented "
                        + "apartments in the city centre.",
                child("F", 16, null, null, null, "UNKNOWN", false, null)));
        l.add(signal("worker3", 7, "OFFICIAL", "OFFICIAL_RECORD", "INCIDENT_OR_NARRATIVE",
                List.of("FORCED_CRIMINALITY"), "IDENTIFIED_VICTIM", "EE008", today.minusDays(33), today.minusDays(33), 1,
                "A boy was detained for shoplifting as part of an organised group; investigators believe he is made to "
                        + "steal to pay off a travel debt. He had been identified once before in another country.",
                child("M", 15, "LT", "LT", "LT", "EU_CITIZEN", true, ids("Demo-Jonas", "Fictional", today.minusYears(15).minusDays(30)))));
        l.add(signal("worker3", 8, "MAYBE", "OFFICIAL_RECORD", "INCIDENT_OR_NARRATIVE",
                List.of("BEGGING"), "SUSPECTED_VICTIM", "EE008", today.minusDays(12), today.minusDays(12), 1,
                "A patrol met a girl begging outside a supermarket in the evening; she gave no address, and an adult "
                        + "who said he was a relative took her away.",
                child("F", 14, "RO", "RO", "RO", "EU_CITIZEN", false, ids("Demo-Ana", "Example", today.minusYears(14).minusDays(50)))));
        l.add(signal("worker3", 9, "ANECDOTAL", "PROFESSIONAL_OBSERVATION", "INCIDENT_OR_NARRATIVE",
                List.of("MARRIAGE_RELATED"), "AT_RISK_CONTEXT", "EE008", today.minusDays(45), today.minusDays(15), 1,
                "School staff report that a pupil stopped attending after her family announced her engagement to an "
                        + "adult living abroad.",
                child("F", 16, "GE", "GE", null, "THIRD_COUNTRY_REGULAR", false, null)));
        l.add(signal("worker3", 10, "MAYBE", "RESEARCH", "ACCEPTED_TREND",
                List.of("LABOUR_EXPLOITATION", "UNACCOMPANIED_MIGRANT_CHILD"), "AT_RISK_CONTEXT", "EE009", today.minusDays(150), today.minusDays(30), 5,
                "Seasonal farm work in the county draws unaccompanied teenagers recruited through social media; "
                        + "accommodation and transport are provided by the employer and deducted from pay."));
        l.add(signal("worker1", 11, "ANECDOTAL", "PROFESSIONAL_OBSERVATION", "INCIDENT_OR_NARRATIVE",
                List.of("AU_PAIR", "LABOUR_EXPLOITATION"), "EXPLOITATIVE_SITUATION", "EE004", today.minusDays(70), today.minusDays(2), 1,
                "A 17-year-old placed as an au pair works long hours for several households, and her passport is "
                        + "kept by the host family.",
                child("F", 17, "PH", "PH", "PH", "THIRD_COUNTRY_REGULAR", false, null)));
        l.add(signal("worker2", 12, "OFFICIAL", "OFFICIAL_RECORD", "INCIDENT_OR_NARRATIVE",
                List.of("SEXUAL_EXPLOITATION", "ONLINE_SEXUAL_EXPLOITATION"), "IDENTIFIED_VICTIM", "EE001", today.minusDays(100), today.minusDays(80), 1,
                "Police referral: a girl was advertised online and taken to clients by an adult acquaintance; she is "
                        + "now in a protected placement.",
                child("F", 15, "EE", "EE", "EE", "NATIONAL", false, ids("Demo-Liis", "Invented", today.minusYears(15).minusDays(75)))));
        return l;
    }

    private static DemoSignal signal(String user, int n, String grade, String sourceType, String informationType,
                                     List<String> concerns, String situation, String region,
                                     LocalDate from, LocalDate to, int childrenCount, String narrative,
                                     ObjectNode... children) {
        ObjectNode s = JSON.createObjectNode();
        s.put("externalRef", String.format("DEMO-%04d", n));
        s.put("grade", grade);
        s.put("sourceType", sourceType);
        s.put("informationType", informationType);
        ArrayNode c = s.putArray("concerns");
        concerns.forEach(c::add);
        s.put("childSituation", situation);
        s.put("region", region);
        s.put("occurredFrom", from.toString());
        s.put("occurredTo", to.toString());
        s.put("childrenCount", childrenCount);
        ArrayNode ch = s.putArray("children");
        for (ObjectNode child : children) {
            ch.add(child);
        }
        s.put("narrative", narrative);
        return new DemoSignal(user, s);
    }

    private static ObjectNode child(String sex, int age, String citizenship, String countryOfBirth,
                                    String recruitmentCountry, String legalStatus, boolean retrafficked,
                                    ObjectNode identifiers) {
        ObjectNode c = JSON.createObjectNode();
        c.put("sex", sex);
        c.put("age", age);
        putIfPresent(c, "citizenship", citizenship);
        putIfPresent(c, "countryOfBirth", countryOfBirth);
        putIfPresent(c, "recruitmentCountry", recruitmentCountry);
        c.put("legalStatus", legalStatus);
        c.put("retrafficked", retrafficked);
        if (identifiers != null) {
            c.set("identifiers", identifiers);
        }
        return c;
    }

    private static ObjectNode ids(String given, String family, LocalDate dateOfBirth) {
        ObjectNode i = JSON.createObjectNode();
        i.put("givenName", given);
        i.put("familyName", family);
        i.put("dateOfBirth", dateOfBirth.toString());
        return i;
    }

    private static void putIfPresent(ObjectNode n, String field, String value) {
        if (value != null) {
            n.put(field, value);
        }
    }
}
