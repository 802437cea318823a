package eu.cbss.impt.hub.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The hub as {@code ./hub start} leaves it: ready, the demo organisations registered, the demo files
 * and the synthetic population imported by the demo users through the import path, the regional
 * coordinators' decisions taken, and no identifier of the demo data in any table or log. Other
 * journeys add signals and organisations: the demo's are found by their references.
 */
class DemoDataJourneyIT extends Journey {

    /** Every signal a user may list with {@code query}, page by page. */
    private static List<JsonNode> all(String query, String user) {
        List<JsonNode> items = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode p = get("/v1/signals?size=200&count=false&page=" + page + (query.isEmpty() ? "" : "&" + query), user);
            p.get("items").forEach(items::add);
            if ((page + 1) * 200L >= p.get("total").asLong()) return items;
        }
    }

    @Test
    void theHubIsReadyWithTheDemoDataImportedAndReviewed() throws Exception {
        HttpResponse<String> ready = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(hub().baseUrl() + "/health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ready.statusCode(), ready.body());

        List<DemoData.DemoSignal> files = DemoData.signals(LocalDate.now());
        int population = DemoPopulation.signals(LocalDate.now()).size();
        long demo = all("includePending=true", "national1").stream()
                .filter(s -> s.path("externalRef").asText().startsWith("DEMO-")).count();
        assertEquals(files.size() + population, demo, "every line of the demo files and the population is filed");
        long accepted = all("", "national1").stream().filter(s -> s.path("externalRef").asText().startsWith("DEMO-")).count();
        long acceptances = DemoData.decisions().stream().filter(d -> d.decision().equals("ACCEPT")).count();
        assertEquals(6, acceptances, "the regional coordinators accept two demo signals each, and the two reports of one boy "
                + "whose ID number was mistyped: a near miss for the national coordinators");
        assertEquals(acceptances + population, accepted, "the demo decisions, and every signal of the synthetic population");
        Set<String> returned = new HashSet<>();
        all("reviewStatus=RETURNED", "worker1").forEach(s -> returned.add(s.path("externalRef").asText()));
        assertTrue(returned.contains("DEMO-0003"), "a demo signal waits for worker1's answer: " + returned);

        for (String worker : List.of("worker1", "worker2", "worker3")) {
            List<String> imports = new ArrayList<>();
            for (JsonNode i : get("/v1/signals/imports", worker)) {
                if (i.get("format").asText().equals("NDJSON") && i.get("submittedBy").asText().equals(worker)) {
                    assertEquals("DONE", i.get("status").asText(), i.toString());
                    assertEquals(0, i.get("rejected").asInt(), i.toString());
                    imports.add(i.get("id").asText());
                }
            }
            assertEquals(2, imports.size(), worker + " imported their demo file and their part of the population");
        }

        JsonNode organisations = get("/v1/organisations", "admin1");
        Set<String> registered = new HashSet<>();
        organisations.get("items").forEach(o -> registered.add(o.get("id").asText()));
        for (DemoData.DemoOrganisation o : DemoData.ORGANISATIONS) {
            assertTrue(registered.contains(o.id()), "the demo organisation " + o.id() + " is registered");
        }
    }

    /**
     * The identifiers of the demo files and the population are registered with the privacy dump,
     * which runs after this class: the demo's given names ("Demo-..."), every invented family name
     * of the population, every date of birth and ID number (the files' family names are plain words,
     * such as Example, that a log may well hold otherwise).
     */
    @Test
    void theDemoDataLeavesNoIdentifierBehind() {
        List<DemoData.DemoSignal> signals = new ArrayList<>(DemoData.signals(LocalDate.now()));
        signals.addAll(DemoPopulation.signals(LocalDate.now()));
        Set<String> identifiers = new HashSet<>();
        for (DemoData.DemoSignal s : signals) {
            for (JsonNode child : s.body().path("children")) {
                JsonNode ids = child.path("identifiers");
                for (String field : List.of("dateOfBirth", "idNumber")) {
                    if (ids.hasNonNull(field)) identifiers.add(ids.get(field).asText());
                }
                String given = ids.path("givenName").asText("");
                if (given.startsWith("Demo-")) identifiers.add(given);
                if (s.body().path("externalRef").asText().startsWith("DEMO-P-")) identifiers.add(ids.path("familyName").asText());
            }
        }
        assertTrue(identifiers.size() > 300, "the demo's identifiers: " + identifiers.size());
        identifiers.remove("");
        forbid(identifiers.toArray(String[]::new));
        expectStored("DEMO-0001", "DEMO-P-0001");
    }
}
