package eu.cbss.impt.hub.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import eu.cbss.impt.hub.mse.BootstrapInterval;
import eu.cbss.impt.hub.mse.Estimate;
import eu.cbss.impt.hub.mse.ModelSelectionBootstrap;
import eu.cbss.impt.hub.mse.MultipleSystemsEstimation;
import eu.cbss.impt.hub.mse.OverlapTable;
import eu.cbss.impt.hub.mse.SelectionRule;
import eu.cbss.impt.hub.testing.ApiClient.Reply;
import eu.cbss.impt.hub.testing.DeployedApi;
import eu.cbss.impt.hub.testing.SignalJson;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Estimates on Payara Micro with PostgreSQL and Keycloak: children filed by a social service (worker1),
 * an NGO (worker2) and a police unit (worker3), some by two or three of them, accepted by the regional
 * coordinators and linked into child clusters; the national coordinator's estimate over them. The
 * database is shared with the other test classes, so each test uses a period of its own.
 */
class EstimatesApiIT extends DeployedApi {

    private static final Map<String, String> REVIEWER = Map.of("worker1", "regional1", "worker2", "regional1", "worker3", "regional2");

    /** Files and accepts one signal about a child (the same identifiers from every organisation); returns its id. */
    private String fileAndAccept(String user, String child, LocalDate on, String region) throws Exception {
        SignalJson s = SignalJson.valid().externalRef("IT-estimate-" + UUID.randomUUID()).grade("MAYBE").concerns("BEGGING")
                .region(region).on(on).childrenCount(1).remove("narrative")
                .children(SignalJson.child().sex("M").identifiers(child.substring(0, 8), child.substring(8),
                        on.minusYears(13).minusDays(Math.floorMod(child.hashCode(), 700)).toString()).idNumber("IT-EST-" + child));
        Reply r = api.post("v1/signals", user, s.toJson());
        assertEquals(201, r.status(), r.body());
        String id = r.json().get("id").asText();
        Reply accepted = api.post("v1/reviews/" + id, REVIEWER.get(user), "{\"decision\": \"ACCEPT\"}");
        assertEquals(200, accepted.status(), accepted.body());
        return id;
    }

    /** {@code n} children, each filed by every one of {@code users}. */
    private void children(int n, LocalDate on, String region, String... users) throws Exception {
        for (int i = 0; i < n; i++) {
            String child = name();
            for (String user : users) fileAndAccept(user, child, on, region);
        }
    }

    /** 17 random letters: the child's given and family names, unlike any other test's children. */
    private static String name() {
        StringBuilder b = new StringBuilder();
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int i = 0; i < 17; i++) b.append((char) ((i == 0 || i == 8 ? 'A' : 'a') + random.nextInt(26)));
        return b.toString();
    }

    private Reply estimates(String query, String user) {
        return api.get("v1/estimates" + query, user);
    }

    @Test
    void theNationalCoordinatorsEstimateIsTheEnginesOnTheTableOfChildClusters() throws Exception {
        LocalDate on = LocalDate.of(2019, 5, 14);
        children(9, on, "EE001", "worker1");
        children(7, on, "EE001", "worker2");
        children(6, on, "EE008", "worker3");
        children(4, on, "EE001", "worker1", "worker2");
        children(3, on, "EE008", "worker1", "worker3");
        children(3, on, "EE008", "worker2", "worker3");
        children(2, on, "EE001", "worker1", "worker2", "worker3");
        // One child reported twice by the police: still one child on one list.
        String twice = name();
        fileAndAccept("worker3", twice, on, "EE008");
        fileAndAccept("worker3", twice, on.plusDays(3), "EE008");

        Reply r = estimates("?from=2019-05-01&to=2019-05-31", "national1");
        assertEquals(200, r.status(), r.body());
        JsonNode e = r.json();
        assertEquals(35, e.get("observed").asLong(), e.toString());
        assertEquals(35, e.get("basis").get("childClusters").asLong());
        assertEquals("CHILD_CLUSTER", e.get("basis").get("unit").asText());
        assertEquals("OCCURRENCE", e.get("basis").get("period").asText());
        assertEquals(Set.of("UNVERIFIED", "VERIFIED"), texts(e.get("basis").get("verifications")));
        List<String> lists = new ArrayList<>();
        e.get("lists").forEach(l -> lists.add(l.get("name").asText()));
        assertEquals(List.of("SOCIAL_SERVICES", "NGO", "POLICE"), lists);
        assertEquals("POLICE", e.get("lists").get(2).get("organisationTypes").get(0).asText());

        Map<String, Long> rows = new HashMap<>();
        e.get("table").forEach(row -> rows.put(row.get("pattern").asText(), row.get("children").asLong()));
        assertEquals(Map.of("100", 9L, "010", 7L, "001", 7L, "110", 4L, "101", 3L, "011", 3L, "111", 2L), rows);

        OverlapTable table = OverlapTable.over(lists)
                .add(Set.of("SOCIAL_SERVICES"), 9).add(Set.of("NGO"), 7).add(Set.of("POLICE"), 7)
                .add(Set.of("SOCIAL_SERVICES", "NGO"), 4).add(Set.of("SOCIAL_SERVICES", "POLICE"), 3)
                .add(Set.of("NGO", "POLICE"), 3).add(Set.of("SOCIAL_SERVICES", "NGO", "POLICE"), 2).build();
        Estimate engine = MultipleSystemsEstimation.estimate(table);
        assertTrue(e.get("estimable").asBoolean(), e.toString());
        assertEquals(Math.round(engine.estimate() * 10) / 10.0, e.get("estimate").asDouble(), 1e-9);
        assertEquals(Math.round(engine.lower() * 10) / 10.0, e.get("lower").asDouble(), 1e-9);
        assertEquals(engine.upper() == null, !e.hasNonNull("upper"));
        assertEquals(0.95, e.get("level").asDouble());
        assertEquals(engine.model(), e.get("model").get("description").asText());
        assertEquals(engine.steps().size(), e.get("model").get("steps").size());
        assertFalse(e.hasNonNull("reason"), "no reason when there is a number");
        assertTrue(e.get("caveats").toString().contains("closed population"), e.get("caveats").toString());
        assertFalse(r.body().contains("IT-EST-") || r.body().contains(twice.substring(8)), "never an identifier");

        // Beside the profile interval, the bootstrap of the model choice: 1,000 resamples from the default seed,
        // the same figures as the engine's on the same table.
        BootstrapInterval resampled = MultipleSystemsEstimation.estimate(table, SelectionRule.AIC_WALD,
                ModelSelectionBootstrap.defaults()).bootstrap();
        JsonNode b = e.get("bootstrap");
        assertEquals(1_000, b.get("resamples").asInt(), e.toString());
        assertEquals(ModelSelectionBootstrap.DEFAULT_SEED, b.get("seed").asLong());
        assertEquals(Math.round(resampled.lower() * 10) / 10.0, b.get("lower").asDouble(), 1e-9);
        assertEquals(Math.round(resampled.upper() * 10) / 10.0, b.get("upper").asDouble(), 1e-9);
        assertEquals(Math.round(resampled.median() * 10) / 10.0, b.get("median").asDouble(), 1e-9);
        assertTrue(b.get("lower").asDouble() >= 35 && b.get("lower").asDouble() <= b.get("median").asDouble()
                && b.get("median").asDouble() <= b.get("upper").asDouble(), b.toString());
        assertEquals(resampled.noEstimate(), b.get("noEstimate").asInt());
        assertEquals("AIC_WALD", b.get("rule").asText());
        assertTrue(b.get("basis").asText().contains("1,000 resamples"), b.toString());
        double shares = b.has("otherModels") ? b.get("otherModels").get("share").asDouble() : 0;
        int original = 0;
        for (JsonNode m : b.get("models")) {
            shares += m.get("share").asDouble();
            if (m.get("original").asBoolean()) {
                original++;
                assertEquals(resampled.originalShare(), m.get("share").asDouble(), 1e-4);
                assertEquals(Set.copyOf(engine.terms()), texts(m.get("terms")));
            }
        }
        assertEquals(1, shares, 1e-3);
        assertEquals(resampled.original().isPresent() ? 1 : 0, original, b.toString());
        assertFalse(b.has("reason"), "no reason when there is an interval");
        JsonNode without = estimates("?from=2019-05-01&to=2019-05-31&bootstrap=0", "national1").json();
        assertFalse(without.has("bootstrap"), without.toString());
        assertEquals(e.get("estimate"), without.get("estimate"), "the same estimate, without the bootstrap");
        assertEquals(200, estimates("?from=2019-05-01&to=2019-05-31&bootstrap=200", "national1").json().get("bootstrap")
                .get("resamples").asInt());

        // The region takes the clusters one of whose signals is in it, on the lists of those signals only.
        JsonNode south = estimates("?from=2019-05-01&to=2019-05-31&region=EE008", "national1").json();
        assertEquals(13, south.get("observed").asLong(), south.toString());
        // Merging two types into one list leaves two lists: no number, a reason.
        JsonNode merged = estimates("?from=2019-05-01&to=2019-05-31&lists=welfare:SOCIAL_SERVICES,NGO;police:POLICE;school:SCHOOL",
                "national1").json();
        assertFalse(merged.get("estimable").asBoolean(), merged.toString());
        assertFalse(merged.hasNonNull("estimate"), "no number");
        assertTrue(merged.get("reason").asText().contains("at least 3 lists"), merged.get("reason").asText());
        assertTrue(merged.get("caveats").toString().contains("school has no child"), merged.toString());
    }

    @Test
    void withTwoListsThereIsAReasonAndNoNumber() throws Exception {
        LocalDate on = LocalDate.of(2018, 3, 9);
        children(3, on, "EE001", "worker1");
        children(2, on, "EE001", "worker1", "worker2");
        JsonNode e = estimates("?from=2018-03-01&to=2018-03-31", "national2").json();
        assertEquals(5, e.get("observed").asLong(), e.toString());
        assertFalse(e.get("estimable").asBoolean());
        assertFalse(e.hasNonNull("estimate") || e.hasNonNull("lower") || e.hasNonNull("upper"), e.toString());
        assertTrue(e.get("reason").asText().contains("only 2 lists (SOCIAL_SERVICES, NGO)"), e.get("reason").asText());
        assertEquals(0, e.get("table").size());
        assertFalse(e.hasNonNull("model"), "no model without a table");
        assertFalse(e.has("bootstrap"), "no bootstrap without an estimate");
    }

    @Test
    void badParametersAreRefusedFieldByField() {
        Reply r = estimates("?from=2019-13-01&to=yesterday&region=XX99&lists=a:POLICE;b:WIZARDS&verification=MAYBE&grades=GOLD"
                + "&bootstrap=many", "national1");
        assertEquals(400, r.status(), r.body());
        assertEquals(Set.of("from", "to", "region", "lists", "verification", "grades", "bootstrap"), fields(r));
        for (String resamples : List.of("-1", "99", "2001")) {
            Reply bounded = estimates("?bootstrap=" + resamples, "national1");
            assertEquals(400, bounded.status(), resamples + ": " + bounded.body());
            assertEquals(Set.of("bootstrap"), fields(bounded));
        }
        Reply backwards = estimates("?from=2019-05-31&to=2019-05-01", "national1");
        assertEquals(400, backwards.status());
        assertEquals(Set.of("to"), fields(backwards));
    }

    @Test
    void onlyNationalCoordinatorsSeeEstimates() {
        for (String user : List.of("worker1", "regional1", "partner1", "researcher1")) {
            Reply r = estimates("", user);
            assertEquals(403, r.status(), user + ": " + r.body());
            assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        }
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> set = new java.util.HashSet<>();
        array.forEach(n -> set.add(n.asText()));
        return set;
    }
}
