package eu.cbss.impt.hub.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.cbss.impt.hub.testing.ApiClient.Reply;
import eu.cbss.impt.hub.testing.ApiClient;
import eu.cbss.impt.hub.testing.DeployedApi;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * Coordinators repair linkage on Payara Micro with PostgreSQL and Keycloak: a mistyped ID number keeps
 * one child apart and shows as a near miss, resolved once as the same child; clusters merged by hand
 * with every refusal's code; and allowedActions that say what each caller may do.
 */
class ClusterRepairApiIT extends DeployedApi {

    private static final java.util.Random RANDOM = new java.util.Random();

    /** A child unlike any other of this run or of the shared database: random letters, a random date of birth. */
    private record Child(String given, String family, String dob) {
        static Child unique() {
            return new Child(word(7), word(10), java.time.LocalDate.of(2009, 1, 1).plusDays(RANDOM.nextInt(2500)).toString());
        }

        private static String word(int length) {
            StringBuilder w = new StringBuilder().append((char) ('A' + RANDOM.nextInt(26)));
            for (int i = 1; i < length; i++) w.append((char) ('a' + RANDOM.nextInt(26)));
            return w.toString();
        }
    }

    private static Child family() {
        return Child.unique();
    }

    private String file(String user, Child family, String idNumber, boolean child) throws Exception {
        ObjectNode s = (ObjectNode) ApiClient.JSON.readTree("""
                {"grade": "MAYBE", "sourceType": "PROFESSIONAL_OBSERVATION", "informationType": "INCIDENT_OR_NARRATIVE",
                 "concerns": ["FORCED_CRIMINALITY"], "childSituation": "SUSPECTED_VICTIM", "region": "EE001",
                 "occurredFrom": "2026-09-03", "childrenCount": 1}
                """);
        s.put("externalRef", "IT-repair-" + UUID.randomUUID());
        ArrayNode children = s.putArray("children");
        if (child) {
            ObjectNode ids = children.addObject().put("sex", "M").put("age", 15).putObject("identifiers");
            ids.put("givenName", family.given()).put("familyName", family.family()).put("dateOfBirth", family.dob());
            if (idNumber != null) ids.put("idNumber", idNumber);
        }
        Reply r = api.post("v1/signals", user, s.toString());
        assertEquals(201, r.status(), r.body());
        return r.json().get("id").asText();
    }

    private String accepted(String worker, String regional, Child family, String idNumber) throws Exception {
        String id = file(worker, family, idNumber, true);
        Reply r = api.post("v1/reviews/" + id, regional, "{\"decision\": \"ACCEPT\"}");
        assertEquals(200, r.status(), r.body());
        return id;
    }

    private String clusterOf(String signal) {
        Reply r = api.get("v1/signals/" + signal, "national1");
        assertEquals(200, r.status(), r.body());
        assertEquals(1, r.json().get("clusterIds").size(), r.body());
        return r.json().get("clusterIds").get(0).asText();
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> set = new HashSet<>();
        if (array != null) array.forEach(n -> set.add(n.asText()));
        return set;
    }

    private static void assertProblem(Reply r, int status, String code) {
        assertEquals(status, r.status(), r.body());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        assertEquals(code, r.json().get("code").asText(), r.body());
        assertEquals("urn:impt-hub:problem:" + code, r.json().get("type").asText());
    }

    private JsonNode nearMissBetween(String user, String a, String b) {
        Reply r = api.get("v1/near-misses?size=200", user);
        assertEquals(200, r.status(), r.body());
        return StreamSupport.stream(r.json().get("items").spliterator(), false)
                .filter(n -> Set.of(a, b).equals(Set.of(n.get("signal").get("id").asText(), n.get("otherSignal").get("id").asText())))
                .findFirst().orElse(null);
    }

    @Test
    void aMistypedIdNumberIsANearMissThatANationalCoordinatorResolvesOnceAsTheSameChild() throws Exception {
        Child family = family();
        String first = accepted("worker1", "regional1", family, "51104190011");
        String second = accepted("worker3", "regional2", family, "51104190012");
        assertNotEquals(clusterOf(first), clusterOf(second), "different ID numbers never link by themselves");

        JsonNode miss = nearMissBetween("national1", first, second);
        assertNotNull(miss, "the pair waits in the national coordinators' queue");
        assertEquals("different-id-number", miss.get("reason").asText());
        assertTrue(miss.get("similarity").asDouble() > 0.9, miss.toString());
        assertEquals(Set.of("same-child", "not-the-same"), texts(miss.get("allowedActions")));
        assertFalse(miss.toString().contains(family.family()) || miss.toString().contains(family.dob())
                || miss.toString().contains("51104190011"), "a near miss carries no identifier: " + miss);

        assertProblem(api.get("v1/near-misses", "regional1"), 403, "role-not-allowed");
        String id = miss.get("id").asText();
        assertProblem(api.post("v1/near-misses/" + id + "/resolution", "national1", "{\"resolution\": \"SAME_CHILD\"}"),
                400, "invalid-input");
        Reply resolved = api.post("v1/near-misses/" + id + "/resolution", "national1",
                "{\"resolution\": \"SAME_CHILD\", \"rationale\": \"Same school, same address; one digit of the ID number mistyped.\"}");
        assertEquals(200, resolved.status(), resolved.body());
        assertEquals(Set.of(first, second), texts(resolved.json().get("signalIds")));
        JsonNode merged = StreamSupport.stream(resolved.json().get("history").spliterator(), false)
                .filter(h -> "MERGED".equals(h.get("act").asText())).findFirst().orElseThrow();
        assertEquals("national1", merged.get("by").asText());
        assertEquals(clusterOf(first), clusterOf(second));

        assertProblem(api.post("v1/near-misses/" + id + "/resolution", "national2",
                "{\"resolution\": \"NOT_THE_SAME\", \"rationale\": \"No.\"}"), 409, "near-miss-resolved");
        assertEquals(null, nearMissBetween("national1", first, second), "a resolved pair leaves the queue");
        assertProblem(api.post("v1/near-misses/" + UUID.randomUUID() + "/resolution", "national1",
                "{\"resolution\": \"SAME_CHILD\", \"rationale\": \"x\"}"), 404, "near-miss-not-found");
    }

    @Test
    void aMergeIsRefusedWithItsCodeWhereTheRulesSayNoAndResetsADecidedCluster() throws Exception {
        String a = clusterOf(accepted("worker1", "regional1", family(), null));
        String b = clusterOf(accepted("worker1", "regional1", family(), null));
        String c = clusterOf(accepted("worker1", "regional1", family(), null));
        String incidentSignal = file("worker1", null, null, false);
        api.post("v1/reviews/" + incidentSignal, "regional1", "{\"decision\": \"ACCEPT\"}");
        String incident = clusterOf(incidentSignal);
        String why = "\"rationale\": \"Same child, by the school's records.\"";

        assertProblem(api.post("v1/clusters/" + a + "/merge", "national1", "{\"otherClusterId\": \"" + a + "\", " + why + "}"),
                400, "cluster-same-cluster");
        assertProblem(api.post("v1/clusters/" + a + "/merge", "national1", "{\"otherClusterId\": \"" + incident + "\", " + why + "}"),
                400, "cluster-other-kind");
        assertProblem(api.post("v1/clusters/" + a + "/merge", "national1", "{\"otherClusterId\": \"" + UUID.randomUUID() + "\", " + why + "}"),
                400, "cluster-other-not-found");
        assertProblem(api.post("v1/clusters/" + a + "/merge", "worker1", "{\"otherClusterId\": \"" + b + "\", " + why + "}"),
                403, "role-not-allowed");

        Reply separated = api.post("v1/clusters/" + a + "/separation", "national1", "{\"otherClusterId\": \"" + c + "\", " + why + "}");
        assertEquals(200, separated.status(), separated.body());
        assertProblem(api.post("v1/clusters/" + a + "/merge", "national1", "{\"otherClusterId\": \"" + c + "\", " + why + "}"),
                409, "clusters-separated");

        Reply dismissed = api.post("v1/clusters/" + a + "/verification", "national1",
                "{\"decision\": \"DISMISSED\", \"rationale\": \"Not at risk.\"}");
        assertEquals("DISMISSED", dismissed.json().get("verification").asText(), dismissed.body());
        Reply merge = api.post("v1/clusters/" + a + "/merge", "national2", "{\"otherClusterId\": \"" + b + "\", " + why + "}");
        assertEquals(200, merge.status(), merge.body());
        assertEquals("UNVERIFIED", merge.json().get("verification").asText(), "a merge sends a decided cluster back");
        assertEquals(2, merge.json().get("signalIds").size());

        assertProblem(api.post("v1/clusters/" + c + "/merge", "national1", "{\"otherClusterId\": \"" + b + "\", " + why + "}"),
                400, "cluster-other-merged");
        assertProblem(api.post("v1/clusters/" + b + "/merge", "national1", "{\"otherClusterId\": \"" + c + "\", " + why + "}"),
                409, "cluster-merged-away");
        assertEquals(List.of(), List.copyOf(texts(api.get("v1/clusters/" + b, "national1").json().get("allowedActions"))),
                "nothing may be done to a cluster merged away");
    }

    @Test
    void allowedActionsSayWhatEachCallerMayDoAndAnythingElseIsRefusedWithItsCode() throws Exception {
        String signal = file("worker1", family(), null, true);
        assertEquals(Set.of("withdraw"), texts(api.get("v1/signals/" + signal, "worker1").json().get("allowedActions")));
        assertEquals(Set.of("accept", "return", "reject"),
                texts(api.get("v1/signals/" + signal, "regional1").json().get("allowedActions")));
        assertEquals(Set.of("withdraw"), texts(api.get("v1/signals/" + signal, "national1").json().get("allowedActions")));
        assertProblem(api.post("v1/signals/" + signal + "/answer", "worker1", "{\"message\": \"Here.\"}"), 409, "signal-not-returned");
        api.post("v1/reviews/" + signal, "regional1", "{\"decision\": \"ACCEPT\"}");
        assertEquals(Set.of(), texts(api.get("v1/signals/" + signal, "regional1").json().get("allowedActions")));
        assertProblem(api.post("v1/reviews/" + signal, "regional1", "{\"decision\": \"REJECT\", \"message\": \"No.\"}"),
                409, "signal-already-decided");

        String cluster = clusterOf(signal);
        JsonNode fresh = api.get("v1/clusters/" + cluster, "national1").json();
        assertEquals(Set.of("verify", "dismiss", "separate", "merge"), texts(fresh.get("allowedActions")));
        assertFalse(fresh.get("officialSource").asBoolean());
        assertEquals("graded-maybe", fresh.get("gradeReason").get("code").asText());

        api.post("v1/clusters/" + cluster + "/verification", "national1",
                "{\"decision\": \"VERIFIED\", \"rationale\": \"Two teachers' accounts agree.\"}");
        JsonNode proposed = api.get("v1/clusters/" + cluster, "national1").json();
        assertFalse(texts(proposed.get("allowedActions")).contains("confirm"), "the proposer may not confirm");
        assertTrue(proposed.get("pendingProposal").get("byCaller").asBoolean());
        assertTrue(texts(api.get("v1/clusters/" + cluster, "national2").json().get("allowedActions")).contains("confirm"));
        assertProblem(api.post("v1/clusters/" + cluster + "/verification/confirmation", "national1",
                "{\"rationale\": \"Agreed.\"}"), 409, "cluster-own-proposal");
        assertProblem(api.get("v1/nothing-here", "national1"), 404, "no-such-path");
    }
}
