package eu.cbss.impt.hub.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.cbss.impt.hub.testing.ApiClient;
import eu.cbss.impt.hub.testing.ApiClient.Reply;
import eu.cbss.impt.hub.testing.ApiServices;
import eu.cbss.impt.hub.testing.Database;
import eu.cbss.impt.hub.testing.DeployedApi;
import eu.cbss.impt.hub.testing.SignalJson;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
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
 * Clusters on Payara Micro with PostgreSQL and Keycloak: signals accepted by regional coordinators
 * are linked, national coordinators verify (maker-checker), split and separate, and nothing
 * identifying comes back. The database outlives each deployment, so each test names its own children.
 */
class ClustersApiIT extends DeployedApi {

    /** Files a signal about one child (or none, with {@code given == null}); returns its id. */
    private String file(String user, String given, String family, String dob, String idNumber) throws Exception {
        return file(user, given, family, dob, idNumber, "2026-10-01");
    }

    private String file(String user, String given, String family, String dob, String idNumber, String occurredFrom)
            throws Exception {
        SignalJson s = SignalJson.valid().externalRef("IT-cluster-" + UUID.randomUUID()).concerns("BEGGING").on(occurredFrom)
                .childrenCount(1).remove("narrative").children();
        if (given != null) {
            s.children(SignalJson.child().sex("F").age(14).identifiers(given, family, dob).idNumber(idNumber));
        }
        Reply r = api.post("v1/signals", user, s.toJson());
        assertEquals(201, r.status(), r.body());
        return r.json().get("id").asText();
    }

    private void accept(String regional, String signal) {
        Reply r = api.post("v1/reviews/" + signal, regional, "{\"decision\": \"ACCEPT\"}");
        assertEquals(200, r.status(), r.body());
    }

    /** Two accepted signals and the cluster they share. */
    private record Pair(String a, String b, String cluster) {
    }

    /** One child (or, without a name, one incident) filed by worker1 and worker3 with a typo, both accepted. */
    private Pair filedTwiceAndAccepted(String given, String family, String typo, String dob) throws Exception {
        String a = file("worker1", given, family, dob, null);
        String b = file("worker3", given, typo, dob, null);
        accept("regional1", a);
        accept("regional2", b);
        String cluster = clusterOf(a);
        assertEquals(cluster, clusterOf(b));
        return new Pair(a, b, cluster);
    }

    private List<String> clusterIds(String signal) {
        Reply r = api.get("v1/signals/" + signal, "national1");
        assertEquals(200, r.status(), r.body());
        List<String> ids = new ArrayList<>();
        r.json().get("clusterIds").forEach(c -> ids.add(c.asText()));
        return ids;
    }

    private String clusterOf(String signal) {
        List<String> ids = clusterIds(signal);
        assertEquals(1, ids.size(), "one child, one cluster: " + ids);
        return ids.get(0);
    }

    private JsonNode cluster(String id) {
        Reply r = api.get("v1/clusters/" + id, "national1");
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    /** The {@code count} of a user's signal list over one day: the distinct children and incidents. */
    private JsonNode countOn(String user, String day) {
        Reply r = api.get("v1/signals?from=" + day + "&to=" + day, user);
        assertEquals(200, r.status(), r.body());
        return r.json().get("count");
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> set = new HashSet<>();
        array.forEach(n -> set.add(n.asText()));
        return set;
    }

    private Reply post(String path, String user, String body) {
        return api.post("v1/clusters/" + path, user, body);
    }

    private static String decision(String decision, String rationale) {
        ObjectNode b = ApiClient.JSON.createObjectNode().put("decision", decision);
        if (rationale != null) b.put("rationale", rationale);
        return b.toString();
    }

    private static String rationale(String text) {
        return ApiClient.JSON.createObjectNode().put("rationale", text).toString();
    }

    @Test
    void theSameChildFiledByTwoOrganisationsIsOneClusterThatTwoNationalCoordinatorsVerify() throws Exception {
        String day = "2019-02-13"; // this test's own day, so the lists below hold only its two signals
        String social = file("worker1", "Ionela", "Zamfirescu", "2012-03-05", null, day);
        String police = file("worker3", "Ionela", "Zamfiresku", "2012-03-05", null, day);
        assertEquals(List.of(), clusterIds(social), "not linked before it is accepted");
        JsonNode pending = countOn("worker1", day);
        assertEquals(List.of(1L, 0L, 0L, 1L), List.of(pending.get("signals").asLong(), pending.get("children").asLong(),
                pending.get("incidents").asLong(), pending.get("notLinked").asLong()), "a signal under review counts no child yet");
        accept("regional1", social);
        accept("regional2", police);

        JsonNode counted = countOn("national1", day);
        assertEquals(2, counted.get("signals").asLong(), counted.toString());
        assertEquals(1, counted.get("children").asLong(), "two reports, one child: " + counted);
        assertEquals(0, counted.get("incidents").asLong());
        assertEquals(0, counted.get("notLinked").asLong());
        JsonNode basis = counted.get("basis");
        assertEquals("DISTINCT_CLUSTERS", basis.get("unit").asText());
        assertEquals(Set.of("OFFICIAL", "MAYBE", "ANECDOTAL"), texts(basis.get("signalGrades")));
        assertEquals(Set.of("ACCEPTED"), texts(basis.get("reviewStatuses")));
        assertEquals(Set.of("UNVERIFIED", "VERIFIED"), texts(basis.get("verification")));
        assertTrue(basis.get("statement").asText().startsWith("Distinct child clusters"), basis.toString());
        assertEquals(1, countOn("worker1", day).get("children").asLong(), "worker1's own report: one child");
        assertFalse(api.get("v1/signals?count=false&from=" + day + "&to=" + day, "national1").json().has("count"),
                "count=false: the rows only");
        assertEquals(1, countOn("worker3", day).get("children").asLong(), "worker3's own report: one child");

        String id = clusterOf(social);
        assertEquals(id, clusterOf(police));
        JsonNode c = cluster(id);
        // The police report's record was linked by its Bloom filter to a "Zamfirescu" (worker1's, or another test's).
        JsonNode link = null;
        for (JsonNode l : c.get("links")) {
            if (police.equals(l.get("signalId").asText()) || police.equals(l.get("linkedToSignalId").asText())) link = l;
        }
        assertTrue(link != null, c.toString());
        assertEquals("SIMILARITY", link.get("basis").asText());
        assertEquals("BLOOM_FILTER", link.get("evidence").asText());
        assertTrue(link.get("similarity").asDouble() >= 0.76, link.toString());
        Set<String> mine = Set.of(social, police);
        Set<String> others = new HashSet<>(texts(c.get("signalIds")));
        others.removeAll(mine);
        if (!others.isEmpty()) {
            // Other test classes may have filed this child too (the database is shared): leave them out.
            ObjectNode split = ApiClient.JSON.createObjectNode().put("rationale", "Other tests' reports");
            others.forEach(split.putArray("signalIds")::add);
            assertEquals(200, post(id + "/split", "national2", split.toString()).status());
            c = cluster(id);
        }
        assertEquals("CHILD", c.get("kind").asText());
        assertEquals(mine, texts(c.get("signalIds")));
        JsonNode sources = c.get("independentSources");
        assertEquals(2, sources.get("count").asInt());
        assertEquals(Set.of("ee-tallinn-social-services", "ee-police-south"), texts(sources.get("organisations")));
        assertEquals(Set.of("SOCIAL_SERVICES", "POLICE"), texts(sources.get("organisationTypes")));
        assertEquals("MAYBE", c.get("assessedGrade").asText(), "two independent organisations raise ANECDOTAL to MAYBE");
        assertEquals("UNVERIFIED", c.get("verification").asText());
        JsonNode summary = c.get("signals").get(0);
        assertTrue(Set.of("SOCIAL_SERVICES", "POLICE").contains(summary.get("organisationType").asText()), summary.toString());

        Reply proposed = post(id + "/verification", "national1", decision("VERIFIED", "Same girl: social services and police agree."));
        assertEquals(200, proposed.status(), proposed.body());
        assertEquals("UNVERIFIED", proposed.json().get("verification").asText(), "no official source: a proposal");
        assertEquals("national1", proposed.json().get("pendingProposal").get("by").asText());

        Reply self = post(id + "/verification/confirmation", "national1", rationale("I checked it myself."));
        assertEquals(409, self.status(), self.body());
        assertTrue(self.contentType().startsWith("application/problem+json"));
        assertTrue(self.json().get("detail").asText().contains("different national coordinator"), self.body());

        Reply noReason = post(id + "/verification/confirmation", "national2", "{}");
        assertEquals(Set.of("rationale"), fields(noReason));

        Reply confirmed = post(id + "/verification/confirmation", "national2", rationale("Police record seen."));
        assertEquals(200, confirmed.status(), confirmed.body());
        assertEquals("VERIFIED", confirmed.json().get("verification").asText());
        assertFalse(confirmed.json().hasNonNull("pendingProposal"), "nothing pending");
        List<String> acts = new ArrayList<>();
        confirmed.json().get("history").forEach(h -> acts.add(h.get("act").asText() + ":" + h.get("by").asText()));
        assertTrue(acts.containsAll(List.of("VERIFICATION_PROPOSED:national1", "VERIFIED:national2")), acts.toString());
        assertEquals(1, Database.count("select count(*) from audit_entry where action = 'CLUSTER_VERIFICATION_PROPOSED' "
                + "and target_id = '" + id + "' and actor = 'national1'"));
        assertEquals(1, Database.count("select count(*) from audit_entry where action = 'CLUSTER_VERIFIED' "
                + "and target_id = '" + id + "' and actor = 'national2'"));

        Reply listed = api.get("v1/clusters?kind=CHILD&verification=VERIFIED&size=200", "national1");
        assertEquals(200, listed.status(), listed.body());
        Set<String> ids = new HashSet<>();
        listed.json().get("items").forEach(i -> ids.add(i.get("id").asText()));
        assertTrue(ids.contains(id));
        assertEquals("CLUSTER", listed.json().get("basis").get("unit").asText());
        assertEquals(List.of("CHILD"), List.of(listed.json().get("basis").get("kinds").get(0).asText()));
        assertEquals(Set.of("VERIFIED"), texts(listed.json().get("basis").get("verification")));
        assertEquals(Set.of("OFFICIAL", "MAYBE", "ANECDOTAL"), texts(listed.json().get("basis").get("assessedGrades")));
        assertEquals(1, countOn("national1", day).get("children").asLong(), "verified, still one child");

        String other = file("worker1", "Mihaela", "Popescu", "2010-07-21", null);
        accept("regional1", other);
        assertNotEquals(id, clusterOf(other), "another child, another cluster");
    }

    @Test
    void aSplitAndANotTheSameAreRespectedWhenAThirdReportArrives() throws Exception {
        Pair pair = filedTwiceAndAccepted("Aleksandra", "Kowalska", "Kowalsca", "2013-09-09");
        String a = pair.a();
        String b = pair.b();
        String whole = pair.cluster();
        Reply noReason = post(whole + "/split", "national1", "{\"signalIds\": [\"" + b + "\"]}");
        assertEquals(Set.of("rationale"), fields(noReason));
        assertEquals(Set.of("signalIds"), fields(post(whole + "/split", "national1",
                "{\"signalIds\": [\"" + UUID.randomUUID() + "\"], \"rationale\": \"x\"}")));
        Reply split = post(whole + "/split", "national1", "{\"signalIds\": [\"" + b + "\"], \"rationale\": \"Two girls.\"}");
        assertEquals(200, split.status(), split.body());
        String part = split.json().get("id").asText();
        assertEquals(Set.of(b), texts(split.json().get("signalIds")));
        assertEquals(part, clusterOf(b));
        assertEquals(whole, clusterOf(a));

        String third = file("worker2", "Aleksandra", "Kowalska", "2013-09-09", null);
        accept("regional1", third);
        String joined = clusterOf(third);
        assertTrue(Set.of(whole, part).contains(joined), "joins one part");
        assertNotEquals(clusterOf(a), clusterOf(b), "the split stands");

        // Two children an ID number and a name could bridge; a coordinator says they are not the same.
        String x = file("worker1", "Marta", "Nowak", "2014-01-02", "EE-IT-4711");
        String y = file("worker3", "Piret", "Tamm", "2012-12-12", null);
        accept("regional1", x);
        accept("regional2", y);
        String cx = clusterOf(x);
        String cy = clusterOf(y);
        assertNotEquals(cx, cy);
        assertEquals(400, post(cx + "/separation", "national1", "{\"otherClusterId\": \"" + cx + "\", \"rationale\": \"x\"}").status());
        Reply separated = post(cx + "/separation", "national1", "{\"otherClusterId\": \"" + cy + "\", \"rationale\": \"Different girls.\"}");
        assertEquals(200, separated.status(), separated.body());
        String bridge = file("worker2", "Piret", "Tamm", "2012-12-12", "EE-IT-4711");
        accept("regional1", bridge);
        String bridged = clusterOf(bridge);
        assertTrue(Set.of(cx, cy).contains(bridged), bridged);
        assertNotEquals(clusterOf(x), clusterOf(y), "not the same child, for good");
        assertEquals(1, Database.count("select count(*) from audit_entry where action = 'CLUSTERS_SEPARATED' and target_id = '" + cx + "'"));
        assertEquals(1, Database.count("select count(*) from audit_entry where action = 'CLUSTER_SPLIT' and target_id = '" + whole + "'"));
    }

    @Test
    void signalsWithoutChildrenOfOneAreaAndPeriodAreOneIncident() throws Exception {
        Pair pair = filedTwiceAndAccepted(null, null, null, null);
        JsonNode c = cluster(pair.cluster());
        assertEquals("INCIDENT", c.get("kind").asText());
        assertTrue(texts(c.get("signalIds")).containsAll(Set.of(pair.a(), pair.b())));
    }

    @Test
    void aWithdrawnSignalLeavesItsCluster() throws Exception {
        Pair pair = filedTwiceAndAccepted("Liisa", "Mets", "Metts", "2011-11-11");
        String id = pair.cluster();
        assertEquals(200, api.post("v1/signals/" + pair.b() + "/withdrawal", "national1", "{\"reason\": \"Filed in error\"}").status());
        JsonNode c = cluster(id);
        assertEquals(Set.of(pair.a()), texts(c.get("signalIds")));
        assertEquals(1, c.get("independentSources").get("count").asInt());
        assertEquals(List.of(), clusterIds(pair.b()));
        assertEquals(1, Database.count("select count(*) from cluster_member where signal_id = '" + pair.b()
                + "' and left_reason = 'WITHDRAWN'"));
    }

    @Test
    void onlyNationalCoordinatorsWorkWithClustersAndAlwaysWithARationale() throws Exception {
        String s = file("worker1", "Kertu", "Lepp", "2015-02-02", null);
        accept("regional1", s);
        String id = clusterOf(s);
        for (String user : List.of("worker1", "regional1", "partner1", "researcher1")) {
            assertEquals(403, api.get("v1/clusters", user).status(), user);
            assertEquals(403, api.get("v1/clusters/" + id, user).status(), user);
            Reply r = post(id + "/verification", user, decision("DISMISSED", "Not a case"));
            assertEquals(403, r.status(), user);
            assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        }
        assertEquals(Set.of("rationale"), fields(post(id + "/verification", "national1", decision("VERIFIED", null))));
        assertEquals(Set.of("rationale"), fields(post(id + "/verification", "national1", decision("DISMISSED", "   "))));
        assertEquals(Set.of("decision"), fields(post(id + "/verification", "national1", decision("UNVERIFIED", "back"))));
        assertEquals(Set.of("decision"), fields(post(id + "/verification", "national1", decision("MAYBE", "x"))));
        assertEquals(Set.of("kind"), fields(api.get("v1/clusters?kind=FAMILY", "national1")));
        assertEquals(404, api.get("v1/clusters/" + UUID.randomUUID(), "national1").status());
        assertEquals(404, api.get("v1/clusters/not-a-uuid", "national1").status());
        assertEquals(409, post(id + "/verification/confirmation", "national2", rationale("nothing pending")).status());
        assertEquals(0, Database.count("select count(*) from cluster_decision where cluster_id = '" + id + "' and act <> 'CREATED'"));

        Reply dismissed = post(id + "/verification", "national2", decision("DISMISSED", "Not a case for us"));
        assertEquals(200, dismissed.status(), dismissed.body());
        assertEquals("DISMISSED", dismissed.json().get("verification").asText(), "dismissed at once");
    }

    @Test
    void twoNationalCoordinatorsDecidingAtOnceOneWinsTheOtherGets409() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                String[] child = List.of("Kadri Kuusk 2015-05-01", "Tiina Vaher 2009-10-17", "Eha Rebane 2013-02-28").get(round).split(" ");
                String s = file("worker1", child[0], child[1], child[2], null);
                accept("regional1", s);
                String id = clusterOf(s);
                CountDownLatch start = new CountDownLatch(1);
                List<Callable<Reply>> both = List.of(
                        () -> { start.await(); return post(id + "/verification", "national1", decision("VERIFIED", "One child")); },
                        () -> { start.await(); return post(id + "/verification", "national2", decision("VERIFIED", "One child too")); });
                List<Future<Reply>> futures = new ArrayList<>();
                for (Callable<Reply> c : both) futures.add(pool.submit(c));
                start.countDown();
                List<Reply> replies = new ArrayList<>();
                for (Future<Reply> f : futures) replies.add(f.get());
                assertEquals(List.of(200, 409), replies.stream().map(Reply::status).sorted().toList(), replies.toString());
                Reply loser = replies.stream().filter(r -> r.status() == 409).findFirst().orElseThrow();
                assertTrue(loser.contentType().startsWith("application/problem+json"), loser.contentType());
                assertEquals(1, Database.count("select count(*) from cluster_decision where cluster_id = '" + id
                        + "' and act = 'VERIFICATION_PROPOSED'"));
                assertEquals(1, Database.count("select count(*) from audit_entry where target_id = '" + id
                        + "' and action = 'CLUSTER_VERIFICATION_PROPOSED'"));
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void noIdentifierTokenOrFilterIsInAnyClusterAnswer() throws Exception {
        String x = file("worker1", "Signe", "Kivisild", "2012-08-08", "EE-IT-0001");
        accept("regional1", x);
        filedTwiceAndAccepted("Signe", "Kivisild", "Kivisilde", "2012-08-08");
        StringBuilder answers = new StringBuilder();
        Reply list = api.get("v1/clusters?size=200", "national1");
        assertEquals(200, list.status(), list.body());
        answers.append(list.body());
        list.json().get("items").forEach(i -> answers.append(api.get("v1/clusters/" + i.get("id").asText(), "national1").body()));
        String all = answers.toString();
        for (String identifier : List.of("Signe", "Kivisild", "2012-08-08", "EE-IT-0001", "Zamfirescu", "2012-03-05")) {
            assertFalse(all.contains(identifier), identifier);
        }
        int checked = 0;
        try (Connection c = ApiServices.database(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select id::text, name_dob_token, id_number_token, name_dob_bloom from child_record")) {
            while (rs.next()) {
                for (int col = 1; col <= 4; col++) {
                    String value = rs.getString(col);
                    if (value != null) {
                        assertFalse(all.contains(value), "column " + col + " of a child record is in a cluster answer");
                        checked++;
                    }
                }
            }
        }
        assertTrue(checked > 4, "tokens were checked");
        assertEquals(0, Database.count("select count(*) from cluster_member m where not exists "
                + "(select 1 from signal s where s.id = m.signal_id and s.review_status in ('ACCEPTED', 'WITHDRAWN'))"),
                "only accepted signals are linked");
    }
}
