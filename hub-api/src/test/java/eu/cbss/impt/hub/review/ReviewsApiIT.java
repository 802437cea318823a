package eu.cbss.impt.hub.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.cbss.impt.hub.testing.ApiClient;
import eu.cbss.impt.hub.testing.ApiClient.Reply;
import eu.cbss.impt.hub.testing.Database;
import eu.cbss.impt.hub.testing.DeployedApi;
import eu.cbss.impt.hub.testing.SignalJson;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Regional review on Payara Micro with PostgreSQL and Keycloak, as each role sees it: a regional
 * coordinator's queue holds the submitted signals of the local organisations of their region; they
 * accept, return with a question or reject with a reason, once; the filing organisation answers a
 * question; the other roles are refused. The database is shared with the other test classes, so each
 * test looks only at the signals it filed.
 */
class ReviewsApiIT extends DeployedApi {

    /** A new signal filed by {@code user}: its id. */
    private String filed(String user) {
        return filed(user, SignalJson.valid());
    }

    private String filed(String user, SignalJson signal) {
        Reply r = api.post("v1/signals", user, signal.toJson());
        assertEquals(201, r.status(), r.body());
        return r.json().get("id").asText();
    }

    private Reply decide(String user, String id, String decision, String message) {
        ObjectNode body = ApiClient.JSON.createObjectNode().put("decision", decision);
        if (message != null) body.put("message", message);
        return api.post("v1/reviews/" + id, user, body.toString());
    }

    private Reply answer(String user, String id, String message) {
        return api.post("v1/signals/" + id + "/answer", user, ApiClient.JSON.createObjectNode().put("message", message).toString());
    }

    private String status(String id) {
        return api.get("v1/signals/" + id, "national1").json().get("reviewStatus").asText();
    }

    private static Set<String> ids(Reply page) {
        assertEquals(200, page.status(), page.body());
        Set<String> ids = new HashSet<>();
        page.json().get("items").forEach(i -> ids.add(i.get("id").asText()));
        return ids;
    }

    /** Whether the signal is in the user's review queue, paging through all of it. */
    private boolean inQueue(String user, String id) {
        for (int page = 0; ; page++) {
            Reply r = api.get("v1/reviews?size=200&page=" + page, user);
            assertEquals(200, r.status(), r.body());
            if (ids(r).contains(id)) return true;
            if ((long) (page + 1) * 200 >= r.json().get("total").asLong()) return false;
        }
    }

    private static long audited(String action, String id, String actor) throws Exception {
        return Database.count("select count(*) from audit_entry where action = '" + action + "' and target_id = '" + id
                + "' and actor = '" + actor + "'");
    }

    private static void assertProblem(int status, Reply r) {
        assertEquals(status, r.status(), r.body());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
    }

    @Test
    void theQueueHoldsTheSubmittedSignalsOfTheLocalOrganisationsOfTheRegionOnly() throws Exception {
        String social = filed("worker1");
        String ngo = filed("worker2");
        String elsewhere = filed("worker1", SignalJson.valid().region("EE008")); // about another region, filed in EE001
        String police = filed("worker3");
        String regional = filed("regional1");
        String returned = filed("worker1");
        assertEquals(200, decide("regional1", returned, "RETURN", "Which station?").status());

        assertTrue(inQueue("regional1", social));
        assertTrue(inQueue("regional1", ngo), "the NGO is a local organisation of region A too");
        assertTrue(inQueue("regional1", elsewhere), "the filing organisation's region decides, not the signal's");
        assertFalse(inQueue("regional1", police), "the police unit is in region B");
        assertFalse(inQueue("regional1", regional), "a regional organisation's signal is accepted on filing");
        assertFalse(inQueue("regional1", returned), "a returned signal waits for its organisation");
        assertTrue(inQueue("regional2", police));
        for (String id : List.of(social, ngo, elsewhere, returned)) {
            assertFalse(inQueue("regional2", id), "not of region B");
        }

        Reply queue = api.get("v1/reviews?size=200", "regional1");
        List<String> submittedAt = new ArrayList<>();
        queue.json().get("items").forEach(i -> {
            assertEquals("SUBMITTED", i.get("reviewStatus").asText());
            assertFalse(i.has("narrative"), "the queue carries no narratives");
            submittedAt.add(i.get("submittedAt").asText());
        });
        assertEquals(submittedAt.stream().sorted().toList(), submittedAt, "oldest first");
        Reply page = api.get("v1/reviews?size=1&page=0", "regional1");
        assertEquals(1, page.json().get("items").size());
        assertTrue(page.json().get("total").asLong() >= 3, page.body());
        assertTrue(Database.count("select count(*) from audit_entry where action = 'REVIEW_QUEUE_LISTED' and actor = 'regional1'") >= 1);
    }

    @Test
    void aRegionalCoordinatorAcceptsASignalOfTheirRegionOnce() throws Exception {
        String id = filed("worker1");
        Reply outside = decide("regional2", id, "ACCEPT", null);
        assertProblem(404, outside);
        assertEquals("SUBMITTED", status(id), "the other region's coordinator changed nothing");

        Reply accepted = decide("regional1", id, "ACCEPT", "Clear pattern");
        assertEquals(200, accepted.status(), accepted.body());
        assertEquals("ACCEPTED", accepted.json().get("reviewStatus").asText());
        JsonNode review = accepted.json().get("reviews").get(0);
        assertEquals("ACCEPT", review.get("decision").asText());
        assertEquals("regional1", review.get("by").asText());
        assertEquals("Clear pattern", review.get("message").asText());
        assertTrue(review.has("at"));
        assertFalse(inQueue("regional1", id));

        Reply again = decide("regional1", id, "REJECT", "Out of scope");
        assertProblem(409, again);
        assertTrue(again.json().get("detail").asText().startsWith("This signal was already accepted by regional1 at "),
                again.body());
        assertProblem(409, decide("regional1", id, "ACCEPT", null));

        assertEquals("ACCEPT", api.get("v1/signals/" + id, "worker1").json().get("reviews").get(0).get("decision").asText(),
                "the filing organisation sees the history");
        assertTrue(ids(api.get("v1/signals?size=200", "national1")).contains(id), "accepted: in the national default list");
        assertEquals(1, audited("SIGNAL_ACCEPTED", id, "regional1"));
        assertEquals(1, Database.count("select count(*) from signal_review where signal_id = '" + id + "'"));
    }

    @Test
    void aRejectionNeedsAReasonAndIsFinal() throws Exception {
        String id = filed("worker2");
        assertEquals(Set.of("message"), fields(decide("regional1", id, "REJECT", null)));
        Reply rejected = decide("regional1", id, "REJECT", "Not exploitation: a family matter, referred to social services");
        assertEquals(200, rejected.status(), rejected.body());
        assertEquals("REJECTED", rejected.json().get("reviewStatus").asText());
        assertEquals("Not exploitation: a family matter, referred to social services",
                rejected.json().get("reviews").get(0).get("message").asText());
        Reply late = decide("regional1", id, "ACCEPT", null);
        assertProblem(409, late);
        assertTrue(late.json().get("detail").asText().contains("regional1"), late.body());
        assertEquals(409, answer("worker2", id, "But it is exploitation").status(), "a rejected signal has no question to answer");
        assertFalse(ids(api.get("v1/signals?size=200&includePending=true", "national1")).contains(id), "rejected");
        assertTrue(ids(api.get("v1/signals?size=200&reviewStatus=REJECTED", "national1")).contains(id), "on request");
        assertEquals(1, audited("SIGNAL_REJECTED", id, "regional1"));
    }

    @Test
    void badDecisionsAreRefusedFieldByField() throws Exception {
        String id = filed("worker1");
        assertEquals(Set.of("message"), fields(decide("regional1", id, "RETURN", null)));
        assertEquals(Set.of("message"), fields(decide("regional1", id, "REJECT", "  ")));
        assertEquals(Set.of("message"), fields(decide("regional1", id, "ACCEPT", "x".repeat(2_001))));
        assertEquals(Set.of("decision"), fields(decide("regional1", id, "MAYBE", "hm")));
        assertEquals(Set.of("decision"), fields(api.post("v1/reviews/" + id, "regional1", "{\"message\": \"x\"}")));
        assertEquals(Set.of("reviewer"), fields(api.post("v1/reviews/" + id, "regional1", "{\"decision\": \"ACCEPT\", \"reviewer\": \"x\"}")));
        assertEquals(Set.of("body"), fields(api.post("v1/reviews/" + id, "regional1", "{")));
        assertEquals(Set.of("page", "size"), fields(api.get("v1/reviews?page=-1&size=500", "regional1")));
        assertProblem(404, decide("regional1", "not-a-uuid", "ACCEPT", null));
        assertProblem(404, decide("regional1", UUID.randomUUID().toString(), "ACCEPT", null));
        assertEquals("SUBMITTED", status(id));
        assertEquals(0, Database.count("select count(*) from signal_review where signal_id = '" + id + "'"));
    }

    @Test
    void noOtherRoleSeesTheQueueOrDecides() {
        String id = filed("worker1");
        for (String user : List.of("worker1", "worker3", "national1", "partner1", "researcher1", "admin1")) {
            assertProblem(403, api.get("v1/reviews", user));
            assertProblem(403, decide(user, id, "ACCEPT", null));
        }
        assertEquals("SUBMITTED", status(id));
        for (String user : List.of("regional1", "national1", "partner1", "researcher1", "admin1")) {
            assertProblem(403, answer(user, id, "An answer from outside"));
        }
    }

    @Test
    void aReturnedSignalIsAnsweredByItsOrganisationAndComesBackToTheQueue() throws Exception {
        String id = filed("worker1");
        Reply returned = decide("regional1", id, "RETURN", "Which station, and which weekends?");
        assertEquals(200, returned.status(), returned.body());
        assertEquals("RETURNED", returned.json().get("reviewStatus").asText());
        assertFalse(inQueue("regional1", id));
        assertProblem(409, decide("regional1", id, "ACCEPT", null));
        Reply seen = api.get("v1/signals/" + id, "worker1");
        assertEquals("Which station, and which weekends?", seen.json().get("reviews").get(0).get("message").asText());
        assertTrue(ids(api.get("v1/signals?size=200&reviewStatus=RETURNED", "worker1")).contains(id), "in the organisation's inbox");

        String answer = "Balti jaam, every weekend of October";
        assertProblem(404, answer("worker2", id, answer));
        assertProblem(403, answer("regional1", id, answer));
        assertEquals(Set.of("message"), fields(api.post("v1/signals/" + id + "/answer", "worker1", "{}")));
        Reply answered = answer("worker1", id, answer);
        assertEquals(200, answered.status(), answered.body());
        assertEquals("SUBMITTED", answered.json().get("reviewStatus").asText());
        assertProblem(409, answer("worker1", id, answer));
        assertTrue(inQueue("regional1", id));

        Reply rejected = decide("regional1", id, "REJECT", "Not exploitation: family begging, referred to social services");
        assertEquals(200, rejected.status(), rejected.body());
        assertEquals("REJECTED", rejected.json().get("reviewStatus").asText());
        List<String> history = new ArrayList<>();
        rejected.json().get("reviews").forEach(r -> history.add(r.get("decision").asText() + ":" + r.get("by").asText()));
        assertEquals(List.of("RETURN:regional1", "ANSWER:worker1", "REJECT:regional1"), history);
        assertEquals(1, audited("SIGNAL_RETURNED", id, "regional1"));
        assertEquals(1, audited("SIGNAL_ANSWERED", id, "worker1"));
        assertEquals(1, audited("SIGNAL_REJECTED", id, "regional1"));
    }

    @Test
    void twoCoordinatorsDecidingAtOnceOneWinsTheOtherGets409() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                String id = filed("worker1");
                CountDownLatch start = new CountDownLatch(1);
                List<Callable<Reply>> both = List.of(
                        () -> { start.await(); return decide("regional1", id, "ACCEPT", null); },
                        () -> { start.await(); return decide("regional1", id, "REJECT", "Out of scope"); });
                List<Future<Reply>> futures = new ArrayList<>();
                for (Callable<Reply> c : both) futures.add(pool.submit(c));
                start.countDown();
                List<Reply> replies = new ArrayList<>();
                for (Future<Reply> f : futures) replies.add(f.get());
                List<Integer> statuses = replies.stream().map(Reply::status).sorted().toList();
                assertEquals(List.of(200, 409), statuses, replies.toString());
                Reply loser = replies.stream().filter(r -> r.status() == 409).findFirst().orElseThrow();
                assertTrue(loser.contentType().startsWith("application/problem+json"), loser.contentType());
                assertEquals(1, Database.count("select count(*) from signal_review where signal_id = '" + id + "'"));
                assertEquals(1, Database.count("select count(*) from audit_entry where target_id = '" + id
                        + "' and action in ('SIGNAL_ACCEPTED', 'SIGNAL_REJECTED')"));
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void onlyLocalOrganisationsSignalsGoThroughRegionalReview() throws Exception {
        for (String user : List.of("regional1", "national1")) {
            String id = filed(user);
            JsonNode signal = api.get("v1/signals/" + id, user).json();
            assertEquals("ACCEPTED", signal.get("reviewStatus").asText(), user);
            assertEquals(user, signal.get("reviews").get(0).get("by").asText());
            assertFalse(inQueue("regional1", id), user + "'s signal is not reviewed regionally");
            assertTrue(ids(api.get("v1/signals?size=200", "national1")).contains(id), user);
            // regional1's own signal is already accepted; the national organisation is in no region of theirs
            assertProblem(user.equals("regional1") ? 409 : 404, decide("regional1", id, "RETURN", "A question"));
        }
        assertTrue(inQueue("regional1", filed("worker1")), "a local organisation's signal is");
    }

    @Test
    void aWithdrawnSignalIsVoidedKeptAndLeftOutOfLists() throws Exception {
        String id = filed("worker1");
        String reason = "{\"reason\": \"Filed twice by mistake\"}";
        assertEquals(404, api.post("v1/signals/" + id + "/withdrawal", "worker3", reason).status());
        assertEquals(403, api.post("v1/signals/" + id + "/withdrawal", "regional1", reason).status());
        assertEquals(Set.of("reason"), fields(api.post("v1/signals/" + id + "/withdrawal", "worker1", "{\"reason\": \"\"}")));
        Reply withdrawn = api.post("v1/signals/" + id + "/withdrawal", "worker1", reason);
        assertEquals(200, withdrawn.status(), withdrawn.body());
        assertEquals("WITHDRAWN", withdrawn.json().get("reviewStatus").asText());
        assertEquals(409, api.post("v1/signals/" + id + "/withdrawal", "national1", reason).status());

        for (String reader : List.of("worker1", "regional1", "national1")) {
            Reply r = api.get("v1/signals/" + id, reader);
            assertEquals(200, r.status(), reader);
            assertEquals("WITHDRAWN", r.json().get("reviewStatus").asText());
            JsonNode w = r.json().get("reviews").get(0);
            assertEquals("WITHDRAW", w.get("decision").asText());
            assertEquals("worker1", w.get("by").asText());
            assertEquals("Filed twice by mistake", w.get("message").asText());
        }
        assertFalse(ids(api.get("v1/signals?size=200", "worker1")).contains(id));
        assertFalse(ids(api.get("v1/signals?size=200&includePending=true", "national1")).contains(id));
        assertTrue(ids(api.get("v1/signals?size=200&reviewStatus=WITHDRAWN", "worker1")).contains(id), "on request");
        assertFalse(inQueue("regional1", id));
        assertEquals(409, decide("regional1", id, "ACCEPT", null).status());
        assertEquals(1, Database.count("select count(*) from signal where id = '" + id + "'"), "never deleted");
        assertEquals(1, audited("SIGNAL_WITHDRAWN", id, "worker1"));

        String other = filed("worker2");
        Reply byNational = api.post("v1/signals/" + other + "/withdrawal", "national1", "{\"reason\": \"Duplicate of another\"}");
        assertEquals(200, byNational.status(), byNational.body());
        assertEquals(1, audited("SIGNAL_WITHDRAWN", other, "national1"));
    }
}
