package eu.cbss.impt.hub.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.cbss.impt.hub.testing.ApiClient;
import eu.cbss.impt.hub.testing.ApiClient.Reply;
import eu.cbss.impt.hub.testing.DeployedApi;
import java.util.ArrayList;
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
 * The register of organisations on Payara Micro with the built WAR, PostgreSQL and Keycloak: hub
 * administrators register, change, deactivate and reactivate organisations; only members of an
 * active organisation use the API.
 */
class OrganisationsApiIT extends DeployedApi {

    private static final String POLICE = "ee-police-south";

    private static ObjectNode school(String id) {
        return ApiClient.JSON.createObjectNode().put("id", id).put("name", "Tartu Kesklinna School (demo)")
                .put("type", "SCHOOL").put("level", "LOCAL").put("region", "EE008")
                .put("network", "Lõuna-Eesti child protection network");
    }

    private static String newId() {
        return "it-school-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private Reply register(ObjectNode body) {
        return api.post("v1/organisations", "admin1", body.toString());
    }

    /** What a PUT sends: the organisation as read, with {@code active} set. */
    private static ObjectNode asRead(JsonNode organisation, boolean active) {
        ObjectNode body = ((ObjectNode) organisation.deepCopy()).put("active", active);
        body.remove(List.of("createdAt", "updatedAt"));
        return body;
    }

    private Reply setActive(String id, boolean active) {
        Reply read = api.get("v1/organisations/" + id, "admin1");
        assertEquals(200, read.status(), read.body());
        return api.put("v1/organisations/" + id, "admin1", asRead(read.json(), active).toString());
    }

    @Test
    void aHubAdministratorRegistersChangesDeactivatesAndReactivatesAnOrganisation() throws Exception {
        String id = newId();
        Reply created = register(school(id));
        assertEquals(201, created.status(), created.body());
        assertTrue(created.raw().headers().firstValue("Location").orElseThrow().endsWith("/v1/organisations/" + id));
        JsonNode body = created.json();
        assertEquals("SCHOOL", body.get("type").asText());
        assertEquals("EE008", body.get("region").asText());
        assertTrue(body.get("active").asBoolean(), "active unless said otherwise");
        long version = body.get("version").asLong();

        Reply list = api.get("v1/organisations", "admin1");
        assertEquals(200, list.status(), list.body());
        List<String> ids = new ArrayList<>();
        list.json().get("items").forEach(o -> ids.add(o.get("id").asText()));
        assertTrue(ids.contains(id) && ids.contains(POLICE), ids.toString());
        assertEquals(ids.stream().sorted().toList(), ids, "by id");
        assertEquals(ids.size(), list.json().get("total").asInt());

        ObjectNode renamed = asRead(body, true).put("name", "Tartu Kesklinna Gymnasium (demo)");
        renamed.remove("id");
        Reply changed = api.put("v1/organisations/" + id, "admin1", renamed.toString());
        assertEquals(200, changed.status(), changed.body());
        assertEquals("Tartu Kesklinna Gymnasium (demo)", changed.json().get("name").asText());
        assertTrue(changed.json().get("version").asLong() > version);

        Reply stale = api.put("v1/organisations/" + id, "admin1", renamed.put("name", "Older edit").toString());
        assertEquals(409, stale.status(), "the edit started from an older version: " + stale.body());
        assertTrue(stale.json().get("detail").asText().contains("Someone else changed the organisation"), stale.body());

        Reply deactivated = setActive(id, false);
        assertEquals(200, deactivated.status(), deactivated.body());
        assertFalse(deactivated.json().get("active").asBoolean());
        assertFalse(api.get("v1/organisations/" + id, "national1").json().get("active").asBoolean(), "coordinators read it too");
        assertTrue(setActive(id, true).json().get("active").asBoolean());

        assertEquals(1, count("select count(*) from organisation where id = '" + id + "'"), "never deleted");
        assertEquals(1, count("select count(*) from audit_entry where action = 'ORGANISATION_CREATED' and target_id = '"
                + id + "' and actor = 'admin1' and actor_role = 'hub-admin'"));
        assertEquals(3, count("select count(*) from audit_entry where action = 'ORGANISATION_UPDATED' and target_id = '" + id + "'"));
        assertEquals(1, count("select count(*) from audit_entry where action = 'ORGANISATION_UPDATED' and target_id = '" + id
                + "' and detail = 'active=false'"));

        Reply unchanged = setActive(id, true);
        assertEquals(200, unchanged.status());
        assertEquals(3, count("select count(*) from audit_entry where action = 'ORGANISATION_UPDATED' and target_id = '" + id + "'"),
                "a revision that changes nothing is not a change");
    }

    @Test
    void anIdIsRegisteredOnce() {
        String id = newId();
        assertEquals(201, register(school(id)).status());
        Reply again = register(school(id).put("name", "Another school"));
        assertEquals(409, again.status(), again.body());
        assertTrue(again.contentType().startsWith("application/problem+json"));
        assertTrue(again.json().get("detail").asText().contains("'" + id + "' is already registered"), again.body());
        assertEquals("Tartu Kesklinna School (demo)", api.get("v1/organisations/" + id, "admin1").json().get("name").asText());
    }

    @Test
    void concurrentRegistrationsOfOneIdRegisterItOnce() throws Exception {
        String id = newId();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> posts = new ArrayList<>();
            for (int i = 0; i < 4; i++) posts.add(() -> register(school(id)).status());
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(posts)) statuses.add(f.get());
            assertEquals(List.of(201, 409, 409, 409), statuses.stream().sorted().toList());
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void twoAdministratorsChangingAtOnceOneWinsTheOtherGets409() throws Exception {
        String id = newId();
        JsonNode read = register(school(id)).json();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                JsonNode current = api.get("v1/organisations/" + id, "admin1").json();
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Reply>> futures = new ArrayList<>();
                for (String name : List.of("Name A " + round, "Name B " + round)) {
                    String body = asRead(current, true).put("name", name).toString();
                    futures.add(pool.submit(() -> { start.await(); return api.put("v1/organisations/" + id, "admin1", body); }));
                }
                start.countDown();
                List<Reply> replies = new ArrayList<>();
                for (Future<Reply> f : futures) replies.add(f.get());
                assertEquals(List.of(200, 409), replies.stream().map(Reply::status).sorted().toList(), replies.toString());
            }
        } finally {
            pool.shutdown();
        }
        assertTrue(read.get("version").asLong() >= 0);
    }

    @Test
    void badInputIsRefusedFieldByField() throws Exception {
        ObjectNode bad = school("Not An Id").put("name", " ").put("type", "CHURCH").put("region", "Tallinn").put("colour", "red");
        Reply refused = register(bad);
        assertEquals(400, refused.status(), refused.body());
        assertEquals(Set.of("id", "name", "type", "region", "colour"), fields(refused));
        assertEquals(Set.of("region"), fields(register(school(newId()).put("region", "EE"))), "a local organisation needs a region inside the country");
        assertEquals(Set.of("body"), fields(api.post("v1/organisations", "admin1", "{")));
        assertEquals(0, count("select count(*) from organisation where name = ' ' or id = 'Not An Id'"));

        String id = newId();
        JsonNode created = register(school(id)).json();
        assertEquals(Set.of("id"), fields(api.put("v1/organisations/" + id, "admin1", asRead(created, true).put("id", "it-other").toString())));
        assertEquals(Set.of("level"), fields(api.put("v1/organisations/" + id, "admin1", asRead(created, true).put("level", "COUNTY").toString())));
        Reply missing = api.put("v1/organisations/it-no-such-organisation", "admin1", asRead(created, true).without("id").toString());
        assertEquals(404, missing.status(), missing.body());
        assertEquals(404, api.get("v1/organisations/it-no-such-organisation", "admin1").status());
        assertEquals(415, api.post("v1/organisations", "admin1", "text/plain", "hello").status());
    }

    @Test
    void onlyHubAdministratorsChangeOrganisationsAndCoordinatorsMayReadThem() {
        String id = newId();
        JsonNode created = register(school(id)).json();
        for (String user : List.of("worker1", "regional1", "national1", "partner1", "researcher1")) {
            assertEquals(403, api.post("v1/organisations", user, school(newId()).toString()).status(), user);
            assertEquals(403, api.put("v1/organisations/" + id, user, asRead(created, false).toString()).status(), user);
        }
        assertTrue(api.get("v1/organisations/" + id, "admin1").json().get("active").asBoolean(), "unchanged");
        for (String user : List.of("admin1", "national1", "regional2")) {
            assertEquals(200, api.get("v1/organisations", user).status(), user);
        }
        for (String user : List.of("worker1", "partner1", "researcher1")) {
            Reply r = api.get("v1/organisations", user);
            assertEquals(403, r.status(), user);
            assertTrue(r.contentType().startsWith("application/problem+json"));
        }
    }

    @Test
    void membersOfADeactivatedOrganisationAreRefusedUntilItIsReactivated() {
        try {
            assertEquals(200, api.get("v1/signals", "worker3").status());
            assertEquals(200, setActive(POLICE, false).status());

            Reply refused = api.get("v1/signals", "worker3");
            assertEquals(403, refused.status(), "at once, not after the cache expires: " + refused.body());
            assertTrue(refused.contentType().startsWith("application/problem+json"));
            assertEquals("Your account's organisation 'ee-police-south' has been deactivated; ask the hub administrator.",
                    refused.json().get("detail").asText());
            assertEquals("urn:impt-hub:problem:organisation-not-active", refused.json().get("type").asText());
            assertEquals(403, api.post("v1/signals", "worker3", "{}").status(), "before the body is even read");
            assertEquals(403, api.get("v1/vocabulary", "worker3").status());
            assertEquals(200, api.get("v1/signals", "worker1").status(), "other organisations go on");

            Reply me = api.get("v1/me", "worker3");
            assertEquals(200, me.status(), "the UI may still ask who the user is: " + me.body());
            assertFalse(me.json().get("organisationActive").asBoolean());
            assertEquals("IT organisation ee-police-south", me.json().get("organisationName").asText());
            assertTrue(me.json().get("organisationProblem").asText().contains("has been deactivated"), me.body());

            assertEquals(200, setActive(POLICE, true).status());
            assertEquals(200, api.get("v1/signals", "worker3").status(), "reactivated");
            assertTrue(api.get("v1/me", "worker3").json().get("organisationActive").asBoolean());
        } finally {
            setActive(POLICE, true);
        }
    }

    @Test
    void aHubAdministratorIsLetInWhateverTheirOrganisationSoThatTheyCanRepairIt() {
        try {
            assertEquals(200, setActive("ee-hub-operator", false).status());
            assertEquals(200, api.get("v1/organisations", "admin1").status());
            assertEquals(200, api.get("v1/admin/narrative-keys", "admin1").status());
            assertFalse(api.get("v1/me", "admin1").json().get("organisationActive").asBoolean());
        } finally {
            assertEquals(200, setActive("ee-hub-operator", true).status());
        }
    }

    @Test
    void meTheVocabularyAndTheOpenApiDocumentDescribeOrganisations() {
        JsonNode me = api.get("v1/me", "worker1").json();
        assertTrue(me.get("organisationActive").asBoolean(), me.toString());
        assertEquals("IT organisation ee-tallinn-social-services", me.get("organisationName").asText());
        assertTrue(me.get("organisationProblem") == null || me.get("organisationProblem").isNull(), me.toString());
        JsonNode vocabulary = api.get("v1/vocabulary", "worker1").json();
        assertEquals(14, vocabulary.get("organisationTypes").size());
        assertEquals("PARTNER_HUB", vocabulary.get("organisationTypes").get(10).get("code").asText());
        assertFalse(vocabulary.get("organisationTypes").get(0).get("definition").asText().isBlank());
        assertEquals(3, vocabulary.get("organisationLevels").size());

        Reply openapi = new ApiClient(base.toString().replaceFirst("/api/?$", "")).get("/openapi", null);
        assertEquals(200, openapi.status());
        for (String expected : List.of("/organisations/{id}", "OrganisationRequest", "OrganisationView", "organisationActive",
                "organisationName", "put:")) {
            assertTrue(openapi.body().contains(expected), expected + " is not in the OpenAPI document");
        }
    }
}
