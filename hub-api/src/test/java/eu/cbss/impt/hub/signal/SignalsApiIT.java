package eu.cbss.impt.hub.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.cbss.impt.hub.testing.ApiClient;
import eu.cbss.impt.hub.testing.ApiClient.Reply;
import eu.cbss.impt.hub.testing.ApiServices;
import eu.cbss.impt.hub.testing.Database;
import eu.cbss.impt.hub.testing.DeployedApi;
import eu.cbss.impt.hub.testing.SignalJson;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The signal API on Payara Micro with the built WAR, a real PostgreSQL and a real Keycloak with
 * the project's realm: intake, idempotency, least privilege, bad input, audit and privacy. Review
 * decisions, answers and withdrawals are {@link eu.cbss.impt.hub.review.ReviewsApiIT}'s.
 */
class SignalsApiIT extends DeployedApi {

    private Reply file(String user, SignalJson body) {
        return api.post("v1/signals", user, body.toJson());
    }

    @Test
    void aSocialWorkerFilesASignalAndGetsItBackWithoutIdentifiers() throws Exception {
        String ref = "IT-" + UUID.randomUUID();
        Reply created = file("worker1", SignalJson.valid().externalRef(ref));
        assertEquals(201, created.status(), created.body());
        JsonNode body = created.json();
        assertTrue(created.raw().headers().firstValue("Location").orElseThrow().endsWith("/v1/signals/" + body.get("id").asText()));
        assertTrue(body.get("reference").asText().matches("S-\\d{4}-\\d{6}"), body.toString());
        assertEquals("ee-tallinn-social-services", body.get("organisation").asText());
        assertEquals("SUBMITTED", body.get("reviewStatus").asText());
        assertTrue(body.get("children").get(0).get("linkable").asBoolean());
        assertFalse(created.body().contains("Zamfirescu"));
        assertFalse(created.body().contains("2012-03-05"));
        assertTrue(body.get("clusterIds").isArray());

        Reply again = file("worker1", SignalJson.valid().externalRef(ref));
        assertEquals(200, again.status(), "the same externalRef is an idempotent retry");
        assertEquals(body.get("id"), again.json().get("id"));
        assertEquals(1, Database.count("select count(*) from signal where external_ref = '" + ref + "'"));
    }

    @Test
    void eachRoleSeesOnlyWhatItMay() throws Exception {
        String id = file("worker1", SignalJson.valid()).json().get("id").asText();
        assertEquals(200, api.get("v1/signals/" + id, "worker1").status());
        assertEquals(200, api.get("v1/signals/" + id, "regional1").status(), "worker1's organisation is in region A");
        assertEquals(200, api.get("v1/signals/" + id, "national1").status());
        for (String other : List.of("worker2", "worker3", "regional2")) {
            Reply r = api.get("v1/signals/" + id, other);
            assertEquals(404, r.status(), other);
            assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        }
        for (String outsider : List.of("partner1", "researcher1", "admin1")) {
            assertEquals(403, api.get("v1/signals/" + id, outsider).status(), outsider);
            assertEquals(403, api.get("v1/signals", outsider).status(), outsider);
            assertEquals(403, file(outsider, SignalJson.valid()).status(), outsider);
        }
        assertEquals(404, api.get("v1/signals/not-a-uuid", "national1").status());

        assertTrue(ids(api.get("v1/signals?size=200", "worker1")).contains(id));
        assertFalse(ids(api.get("v1/signals?size=200", "worker3")).contains(id));
        assertFalse(ids(api.get("v1/signals?size=200", "regional2")).contains(id));
        assertTrue(ids(api.get("v1/signals?size=200&includePending=true", "national1")).contains(id),
                "a national coordinator sees submitted signals on request");
    }

    private static Set<String> ids(Reply page) {
        assertEquals(200, page.status(), page.body());
        Set<String> ids = new HashSet<>();
        page.json().get("items").forEach(i -> ids.add(i.get("id").asText()));
        return ids;
    }

    @Test
    void theListPagesFiltersAndSorts() throws Exception {
        file("worker2", SignalJson.valid().grade("OFFICIAL").region("EE008"));
        file("worker2", SignalJson.valid());
        Reply page = api.get("v1/signals?grade=OFFICIAL&region=EE008&page=0&size=1&sort=reference,desc", "worker2");
        assertEquals(200, page.status(), page.body());
        JsonNode json = page.json();
        assertEquals(1, json.get("items").size());
        assertTrue(json.get("total").asLong() >= 1);
        json.get("items").forEach(i -> {
            assertEquals("OFFICIAL", i.get("grade").asText());
            assertFalse(i.has("narrative"), "the list carries no narratives");
        });
        assertEquals(400, api.get("v1/signals?sort=password", "worker2").status());
        assertEquals(400, api.get("v1/signals?size=100000", "worker2").status());
        Reply badFilter = api.get("v1/signals?grade=CERTAIN&from=yesterday&region=EE0%25", "worker2");
        assertEquals(400, badFilter.status());
        assertEquals(Set.of("grade", "from", "region"), fields(badFilter));
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsStored() throws Exception {
        long before = Database.count("select count(*) from signal");
        SignalJson unknownEnum = SignalJson.valid().externalRef("IT-bad-1").grade("CERTAIN");
        SignalJson notNuts = SignalJson.valid().externalRef("IT-bad-2").region("Tallinn");
        SignalJson adult = SignalJson.valid().externalRef("IT-bad-3").children(SignalJson.child().sex("F").age(18));
        SignalJson tooFewChildren = SignalJson.valid().externalRef("IT-bad-4").childrenCount(1)
                .child(SignalJson.child().age(9)).child(SignalJson.child().age(10));
        SignalJson longNarrative = SignalJson.valid().externalRef("IT-bad-5").narrative("x".repeat(20_001));

        assertEquals(Set.of("grade"), fields(file("worker1", unknownEnum)));
        assertEquals(Set.of("region"), fields(file("worker1", notNuts)));
        assertEquals(Set.of("children[0].age"), fields(file("worker1", adult)));
        assertEquals(Set.of("childrenCount"), fields(file("worker1", tooFewChildren)));
        assertEquals(Set.of("narrative"), fields(file("worker1", longNarrative)));
        assertEquals(Set.of("body"), fields(api.post("v1/signals", "worker1", "{\"grade\": \"OFFICIAL\",")));
        assertEquals(Set.of("body"), fields(api.post("v1/signals", "worker1", "[1, 2]")));
        SignalJson huge = SignalJson.valid().externalRef("IT-bad-6").set("padding", "y".repeat(1_100_000));
        Reply tooLarge = file("worker1", huge);
        assertEquals(400, tooLarge.status());
        assertEquals(Set.of("body"), fields(tooLarge));
        Reply wrongType = api.post("v1/signals", "worker1", "text/plain", "hello");
        assertEquals(415, wrongType.status());
        assertTrue(wrongType.contentType().startsWith("application/problem+json"));

        for (Reply r : List.of(file("worker1", unknownEnum), api.post("v1/signals", "worker1", "{"))) {
            assertFalse(r.body().contains("Exception"), r.body());
            assertFalse(r.body().contains("at eu.cbss"), r.body());
        }
        assertEquals(before, Database.count("select count(*) from signal"), "nothing is stored from a refused signal");
    }

    @Test
    void aMissingForgedOrTamperedTokenGets401() throws Exception {
        Reply none = api.getWithAuthorization("v1/signals", null);
        assertEquals(401, none.status());
        assertEquals(401, api.getWithAuthorization("v1/signals", "Bearer not-a-token").status());

        String real = ApiClient.token("national1");
        String[] parts = real.split("\\.");
        var keys = KeyPairGenerator.getInstance("RSA");
        keys.initialize(2048);
        var pair = keys.generateKeyPair();
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(pair.getPrivate());
        rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        String forged = parts[0] + "." + parts[1] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign());
        assertEquals(401, api.getWithAuthorization("v1/signals", "Bearer " + forged).status(), "signed with another key");

        ObjectNode claims = (ObjectNode) ApiClient.JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        claims.put("exp", 1_000_000_000L);
        String expired = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        assertEquals(401, api.getWithAuthorization("v1/signals", "Bearer " + expired).status(), "expiry altered");
        assertEquals(200, api.getWithAuthorization("v1/signals", "Bearer " + real).status());
    }

    @Test
    void concurrentRetriesOfOneExternalRefCreateOneSignal() throws Exception {
        String ref = "IT-race-" + UUID.randomUUID();
        String body = SignalJson.valid().externalRef(ref).toJson();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> posts = new ArrayList<>();
            for (int i = 0; i < 8; i++) posts.add(() -> api.post("v1/signals", "worker3", body).status());
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(posts)) statuses.add(f.get());
            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
            assertEquals(7, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        } finally {
            pool.shutdown();
        }
        assertEquals(1, Database.count("select count(*) from signal where external_ref = '" + ref + "'"));
    }

    @Test
    void createsReadsAndListsAreAudited() throws Exception {
        String id = file("worker2", SignalJson.valid()).json().get("id").asText();
        api.get("v1/signals/" + id, "regional1");
        api.get("v1/signals?grade=ANECDOTAL", "national2");
        assertEquals(1, Database.count("select count(*) from audit_entry where action = 'SIGNAL_CREATED' and target_id = '" + id
                + "' and actor = 'worker2' and actor_role = 'social-worker' and actor_organisation = 'ee-ngo-lifeline-tallinn'"));
        assertEquals(1, Database.count("select count(*) from audit_entry where action = 'SIGNAL_READ' and target_id = '" + id
                + "' and actor = 'regional1' and actor_role = 'regional-coordinator'"));
        assertTrue(Database.count("select count(*) from audit_entry where action = 'SIGNALS_LISTED' and actor = 'national2'") >= 1);
    }

    @Test
    void noIdentifierReachesAnyTable() throws Exception {
        SignalJson s = SignalJson.valid().children(SignalJson.child().sex("F").age(15).citizenship("RO")
                .identifiers("Mirabela", "Vasilescu-Dumitrache", "2011-07-29").idNumber("61107290123"));
        assertEquals(201, file("worker1", s).status());
        String dump = Database.dump();
        for (String identifier : List.of("Mirabela", "Vasilescu", "Dumitrache", "2011-07-29", "61107290123", "Zamfirescu")) {
            assertFalse(dump.contains(identifier), identifier + " was found in the database");
            assertFalse(dump.toLowerCase().contains(identifier.toLowerCase()), identifier + " was found in the database");
        }
    }

    @Test
    void narrativesAreEncryptedAtRestAndDecryptedOnlyForThoseWhoMayReadWithAudit() throws Exception {
        String marker = "Kalamaja" + UUID.randomUUID().toString().replace("-", "");
        String narrative = "A girl seen at the " + marker + " bus stop late at night, met by two older men.";
        SignalJson s = SignalJson.valid().narrative(narrative);
        Reply created = file("worker1", s);
        assertEquals(201, created.status(), created.body());
        assertEquals(narrative, created.json().get("narrative").asText(), "the author gets back what they sent");
        String id = created.json().get("id").asText();

        String dump = Database.dump();
        assertFalse(dump.contains(marker), "the narrative was found in the database");
        assertFalse(dump.toLowerCase().contains(marker.toLowerCase()), "the narrative was found in the database");
        assertEquals(1, Database.count("select count(*) from signal where id = '" + id + "' and narrative is null "
                + "and narrative_key_id is not null and octet_length(narrative_nonce) = 12 and narrative_ciphertext is not null"));

        for (String reader : List.of("worker1", "regional1", "national1")) {
            Reply read = api.get("v1/signals/" + id, reader);
            assertEquals(200, read.status(), read.body());
            assertEquals(narrative, read.json().get("narrative").asText(), reader);
            assertEquals(1, Database.count("select count(*) from audit_entry where action = 'NARRATIVE_READ' and target_id = '" + id
                    + "' and actor = '" + reader + "'"), reader);
        }
        assertEquals(404, api.get("v1/signals/" + id, "worker2").status());
        assertEquals(0, Database.count("select count(*) from audit_entry where action = 'NARRATIVE_READ' and target_id = '" + id
                + "' and actor = 'worker2'"));
        Reply list = api.get("v1/signals?size=200", "worker1");
        assertFalse(list.body().contains(marker), "lists never carry narratives");
        assertFalse(Database.dump().contains(marker), "nor does the audit log");
    }

    @Test
    void plainTextCannotBeWrittenAnyMore() throws Exception {
        String id = file("worker1", SignalJson.valid()).json().get("id").asText();
        Exception e = org.junit.jupiter.api.Assertions.assertThrows(java.sql.SQLException.class,
                () -> Database.execute("update signal set narrative = 'plain' where id = '" + id + "'"));
        assertTrue(e.getMessage().contains("signal_narrative_plaintext_gone_ck"), e.getMessage());
    }

    @Test
    void aNarrativeStoredInPlainTextByAnEarlierVersionIsSealed() throws Exception {
        String id = file("worker1", SignalJson.valid()).json().get("id").asText();
        String legacy = "Legacy plain narrative " + UUID.randomUUID();
        // As a hub before schema version 4 left it (the constraint did not exist then).
        Database.execute("alter table signal drop constraint signal_narrative_plaintext_gone_ck");
        try {
            Database.execute("update signal set narrative = '" + legacy + "', narrative_ciphertext = null, narrative_nonce = null, "
                    + "narrative_data_key = null, narrative_key_id = null where id = '" + id + "'");
        } finally {
            Database.execute("alter table signal add constraint signal_narrative_plaintext_gone_ck check (narrative is null) not valid");
        }
        assertTrue(Database.dump().contains(legacy));
        Reply rewrap = api.post("v1/admin/narrative-keys/rewrap", "admin1", "{}");
        assertEquals(200, rewrap.status(), rewrap.body());
        assertTrue(rewrap.json().get("sealedFromPlainText").asInt() >= 1, rewrap.body());
        assertFalse(Database.dump().contains(legacy), "sealed and cleared");
        assertEquals(legacy, api.get("v1/signals/" + id, "worker1").json().get("narrative").asText());
        Reply status = api.get("v1/admin/narrative-keys", "admin1");
        assertEquals(200, status.status(), status.body());
        assertFalse(status.body().contains(ApiServices.TEST_NARRATIVE_KEY), "never a key");
    }

    @Test
    void aRotatedMasterKeyTakesEffectWhileRunningAndRewrapKeepsNarrativesReadable() throws Exception {
        String before = "Before rotation " + UUID.randomUUID();
        SignalJson s1 = SignalJson.valid().narrative(before);
        String id1 = file("worker1", s1).json().get("id").asText();

        // What ./hub rotate-narrative-key does: a new key, made current, the old ones kept.
        java.nio.file.Path keysFile = ApiServices.narrativeKeysFile();
        eu.cbss.impt.hub.narrative.MasterKeys rotated = eu.cbss.impt.hub.narrative.MasterKeys.parse(
                java.nio.file.Files.readString(keysFile)).withNewCurrentKey();
        java.nio.file.Path tmp = keysFile.resolveSibling("it-narrative-keys.tmp");
        java.nio.file.Files.writeString(tmp, rotated.render());
        java.nio.file.Files.move(tmp, keysFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        String newKey = rotated.currentId();

        String after = "After rotation " + UUID.randomUUID();
        SignalJson s2 = SignalJson.valid().narrative(after);
        String id2 = file("worker1", s2).json().get("id").asText();
        assertEquals(1, Database.count("select count(*) from signal where id = '" + id2 + "' and narrative_key_id = '" + newKey + "'"),
                "the running hub wraps new data keys with the new current key");
        assertEquals(before, api.get("v1/signals/" + id1, "worker1").json().get("narrative").asText(),
                "older narratives stay readable with the old key");

        assertEquals(403, api.post("v1/admin/narrative-keys/rewrap", "worker1", "{}").status());
        assertEquals(403, api.post("v1/admin/narrative-keys/rewrap", "national1", "{}").status());
        Reply rewrap = api.post("v1/admin/narrative-keys/rewrap", "admin1", "{}");
        assertEquals(200, rewrap.status(), rewrap.body());
        assertEquals(newKey, rewrap.json().get("currentKeyId").asText());
        assertTrue(rewrap.json().get("rewrapped").asInt() >= 1, rewrap.body());
        assertEquals(0, Database.count("select count(*) from signal where narrative_key_id <> '" + newKey + "'"));
        assertEquals(1, Database.count("select count(*) from audit_entry where action = 'NARRATIVE_KEYS_REWRAPPED' and actor = 'admin1' "
                + "and target_id = '" + newKey + "'"));

        // Only the new key left: everything still opens.
        java.nio.file.Files.writeString(tmp, newKey + "=" + rotated.render().lines()
                .filter(l -> l.startsWith(newKey + "=")).findFirst().orElseThrow().substring(newKey.length() + 1) + "\n");
        java.nio.file.Files.move(tmp, keysFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        try {
            assertEquals(before, api.get("v1/signals/" + id1, "national1").json().get("narrative").asText());
            assertEquals(after, api.get("v1/signals/" + id2, "national1").json().get("narrative").asText());
        } finally {
            java.nio.file.Files.writeString(tmp, rotated.render());
            java.nio.file.Files.move(tmp, keysFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** A new signal filed by {@code user}: its id. */
    private String filed(String user) {
        Reply r = file(user, SignalJson.valid());
        assertEquals(201, r.status(), r.body());
        return r.json().get("id").asText();
    }

    @Test
    void nationalCoordinatorsSeeAcceptedSignalsByDefaultAndPendingOnRequest() throws Exception {
        String pending = filed("worker1");
        Reply list = api.get("v1/signals?size=200", "national1");
        assertFalse(ids(list).contains(pending));
        list.json().get("items").forEach(i -> assertEquals("ACCEPTED", i.get("reviewStatus").asText()));
        assertTrue(ids(api.get("v1/signals?size=200&includePending=true", "national1")).contains(pending));
        assertTrue(ids(api.get("v1/signals?size=200&reviewStatus=SUBMITTED", "national1")).contains(pending));
        assertTrue(ids(api.get("v1/signals?size=200", "worker1")).contains(pending), "others see their pending signals");
    }

    @Test
    void healthAndOpenApiAnswer() throws Exception {
        String server = base.toString().replaceFirst("/api/?$", "");
        ApiClient root = new ApiClient(server);
        Reply ready = root.get("/health/ready", null);
        assertEquals(200, ready.status(), ready.body());
        assertTrue(ready.body().contains("\"UP\""), ready.body());
        Reply openapi = root.get("/openapi", null);
        assertEquals(200, openapi.status());
        assertTrue(openapi.body().contains("/api/v1/signals") || openapi.body().contains("/v1/signals"), openapi.body());
        assertEquals(200, api.get("v1/vocabulary", "partner1").status());
        Reply me = api.get("v1/me", "worker3");
        assertEquals("ee-police-south", me.json().get("organisation").asText());
        assertEquals("EE008", me.json().get("region").asText());
    }
}
