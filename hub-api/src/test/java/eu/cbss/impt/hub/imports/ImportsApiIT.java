package eu.cbss.impt.hub.imports;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import eu.cbss.impt.hub.testing.ApiClient;
import eu.cbss.impt.hub.testing.ApiClient.Reply;
import eu.cbss.impt.hub.testing.Database;
import eu.cbss.impt.hub.testing.DeployedApi;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Bulk imports on Payara Micro with a real PostgreSQL and Keycloak: the shipped examples, per-row
 * errors, idempotent re-uploads, refused files that leave nothing, who may see what, and privacy.
 */
class ImportsApiIT extends DeployedApi {

    private static final String CSV = "text/csv";
    private static final String NDJSON = "application/x-ndjson";
    private static final String HEADER = String.join(",", CsvColumns.headers());

    private JsonNode upload(String user, String type, byte[] file) {
        Reply received = api.post("v1/signals/imports", user, type, file);
        assertEquals(202, received.status(), received.body());
        String location = received.raw().headers().firstValue("Location").orElseThrow();
        assertTrue(location.endsWith("/v1/signals/imports/" + received.json().get("id").asText()), location);
        assertEquals(received.json().get("total").asInt(), received.json().get("total").asInt());
        return received.json();
    }

    /** Polls until the import ends, as the UI does. */
    private JsonNode awaitEnd(String user, String id) throws InterruptedException {
        for (int i = 0; i < 1200; i++) {
            Reply r = api.get("v1/signals/imports/" + id, user);
            assertEquals(200, r.status(), r.body());
            String status = r.json().get("status").asText();
            if (status.equals("DONE") || status.equals("FAILED")) return r.json();
            Thread.sleep(100);
        }
        throw new AssertionError("import " + id + " did not end in 120 s");
    }

    private static List<String> errors(JsonNode view) {
        List<String> errors = new ArrayList<>();
        view.get("errors").forEach(e -> errors.add(e.get("row").asInt() + ":" + e.get("field").asText()));
        return errors;
    }

    @Test
    void theCsvExampleIsImportedRowByRowAndASecondUploadCreatesNothing() throws Exception {
        JsonNode received = upload("worker1", CSV, ImportTemplates.EXAMPLE_CSV.bytes());
        assertEquals(8, received.get("total").asInt());
        assertTrue(List.of("QUEUED", "RUNNING", "DONE").contains(received.get("status").asText()));

        JsonNode done = awaitEnd("worker1", received.get("id").asText());
        assertEquals("DONE", done.get("status").asText(), done.toString());
        assertEquals(8, done.get("processed").asInt());
        assertEquals(5, done.get("accepted").asInt());
        assertEquals(3, done.get("rejected").asInt());
        assertEquals(4, done.get("signalsCreated").asInt());
        assertEquals(List.of("7:concerns", "8:age", "9:narrative"), errors(done));
        assertEquals(4, Database.count("select count(*) from signal where organisation = 'ee-tallinn-social-services' "
                + "and external_ref like 'EX-%'"));
        assertEquals(0, Database.count("select count(*) from signal where external_ref in ('EX-0005', 'EX-0006', 'EX-0007')"));

        JsonNode list = api.get("v1/signals?size=200", "worker1").json();
        List<String> refs = new ArrayList<>();
        list.get("items").forEach(s -> refs.add(s.get("externalRef").asText()));
        assertTrue(refs.containsAll(List.of("EX-0001", "EX-0002", "EX-0003", "EX-0004")), refs.toString());

        JsonNode again = awaitEnd("worker1", upload("worker1", CSV, ImportTemplates.EXAMPLE_CSV.bytes()).get("id").asText());
        assertEquals(0, again.get("signalsCreated").asInt());
        assertEquals(4, again.get("signalsAlreadyFiled").asInt());
        assertEquals(4, Database.count("select count(*) from signal where organisation = 'ee-tallinn-social-services' "
                + "and external_ref like 'EX-%'"));
    }

    @Test
    void theNdjsonExampleIsImportedForItsOwnOrganisation() throws Exception {
        JsonNode done = awaitEnd("worker2", upload("worker2", NDJSON, ImportTemplates.EXAMPLE_NDJSON.bytes()).get("id").asText());
        assertEquals("DONE", done.get("status").asText());
        assertEquals(4, done.get("signalsCreated").asInt());
        assertEquals(List.of("5:concerns[1]", "6:children[0].age", "7:narrative"), errors(done));
        assertEquals(4, Database.count("select count(*) from signal where organisation = 'ee-ngo-lifeline-tallinn' "
                + "and external_ref like 'EX-%'"));
    }

    @Test
    void aFileThatCannotBeReadIsRefusedWholeAndLeavesNothing() throws Exception {
        long imports = Database.count("select count(*) from signal_import");
        long signals = Database.count("select count(*) from signal");
        byte[] good = ImportTemplates.EXAMPLE_CSV.bytes();
        List<byte[]> bad = List.of(new byte[0], (HEADER + "\nEX-1,MAYBE\u0000\n").getBytes(UTF_8),
                (HEADER + "\nEX-1,N\u00e4idis\n").getBytes(ISO_8859_1),
                new String(good, UTF_8).replace(',', ';').getBytes(UTF_8),
                new String(good, UTF_8).replace("childSituation", "situation").getBytes(UTF_8),
                (HEADER + "\nEX-1,\"MAYBE\n").getBytes(UTF_8));
        for (byte[] file : bad) {
            Reply r = api.post("v1/signals/imports", "worker1", CSV, file);
            assertEquals(400, r.status(), r.body());
            assertEquals("application/problem+json", r.contentType());
            assertEquals("file", r.json().get("errors").get(0).get("field").asText(), r.body());
        }
        Reply json = api.post("v1/signals/imports", "worker1", "application/json", good);
        assertEquals(415, json.status(), json.body());
        assertTrue(json.json().get("detail").asText().contains("text/csv"), json.body());
        assertEquals(imports, Database.count("select count(*) from signal_import"));
        assertEquals(signals, Database.count("select count(*) from signal"));
    }

    @Test
    void onlyTheSendingOrganisationSeesAnImport() throws Exception {
        String id = upload("worker1", CSV, (HEADER + "\nEX-PRIV-1,MAYBE,MEDIA,EMERGING_ISSUE,OTHER,AT_RISK_CONTEXT,EE001,"
                + "2026-10-01,,1\n").getBytes(UTF_8)).get("id").asText();
        awaitEnd("worker1", id);
        for (String user : List.of("worker2", "worker3", "regional1", "national1")) {
            assertEquals(404, api.get("v1/signals/imports/" + id, user).status(), user);
            assertEquals(404, api.get("v1/signals/imports/" + id + "/errors", user).status(), user);
        }
        for (String user : List.of("partner1", "researcher1", "admin1")) {
            assertEquals(403, api.post("v1/signals/imports", user, CSV, ImportTemplates.EXAMPLE_CSV.bytes()).status(), user);
            assertEquals(403, api.get("v1/signals/imports/" + id, user).status(), user);
        }
        assertEquals(404, api.get("v1/signals/imports/not-a-uuid", "worker1").status());
        JsonNode latest = api.get("v1/signals/imports", "worker1").json();
        assertTrue(latest.toString().contains(id));
        assertFalse(api.get("v1/signals/imports", "worker2").body().contains(id));
    }

    @Test
    void theErrorReportAndTheTemplatesAreDownloadable() throws Exception {
        String id = awaitEnd("worker3", upload("worker3", CSV, ImportTemplates.EXAMPLE_CSV.bytes()).get("id").asText())
                .get("id").asText();
        Reply report = api.get("v1/signals/imports/" + id + "/errors", "worker3");
        assertEquals(200, report.status(), report.body());
        assertTrue(report.contentType().startsWith("text/csv"), report.contentType());
        List<String> lines = report.body().lines().toList();
        assertEquals("row,field,message", lines.get(0));
        assertEquals(4, lines.size(), report.body());

        Reply template = api.get("v1/signals/imports/templates/signals-template.csv", "worker3");
        assertEquals(200, template.status());
        assertEquals(HEADER, template.body().strip());
        assertEquals(200, api.get("v1/signals/imports/templates/signals-example.ndjson", "worker3").status());
        assertEquals(404, api.get("v1/signals/imports/templates/passwd", "worker3").status());
    }

    @Test
    void manyRowsAreImportedWhileTheHubKeepsAnswering() throws Exception {
        StringBuilder file = new StringBuilder(HEADER).append('\n');
        int rows = 5_000;
        for (int i = 0; i < rows; i++) {
            file.append("EX-MANY-").append(i / 2).append(i % 2 == 0
                    ? ",MAYBE,PROFESSIONAL_OBSERVATION,INCIDENT_OR_NARRATIVE,BEGGING,SUSPECTED_VICTIM,EE001,2026-09-01,,2,"
                      + "Seen begging at the market.,F,12,,RO,,,EU_CITIZEN,,Manyname" + i + ",Family,2014-01-01,\n"
                    : ",,,,,,,,,,,M,10,,RO,,,,,Manyname" + i + ",Family,2016-01-01,\n");
        }
        String id = upload("worker2", CSV, file.toString().getBytes(UTF_8)).get("id").asText();
        boolean answeredWhileRunning = false;
        for (int i = 0; i < 50 && !answeredWhileRunning; i++) {
            JsonNode progress = api.get("v1/signals/imports/" + id, "worker2").json();
            assertTrue(progress.get("processed").asInt() <= rows);
            Reply other = api.get("v1/signals?size=5", "worker1");
            assertEquals(200, other.status());
            answeredWhileRunning = progress.get("status").asText().equals("RUNNING");
        }
        JsonNode done = awaitEnd("worker2", id);
        assertEquals("DONE", done.get("status").asText(), done.toString());
        assertEquals(rows, done.get("accepted").asInt());
        assertEquals(rows / 2, done.get("signalsCreated").asInt());
        assertEquals(rows, Database.count("select count(*) from child_record c join signal s on s.id = c.signal_id "
                + "where s.external_ref like 'EX-MANY-%'"));
    }

    /** One CSV row: a signal's first row (with its facts) about one child, or none when {@code given} is null. */
    private static String row(String ref, String day, int children, String given, String family, String dob) {
        String facts = ref + ",MAYBE,PROFESSIONAL_OBSERVATION,INCIDENT_OR_NARRATIVE,BEGGING,SUSPECTED_VICTIM,EE001,"
                + day + ",," + children + ",";
        return facts + (given == null ? ",,,,,,,,,,," : ",F,,,,,,,," + given + "," + family + "," + dob + ",") + "\n";
    }

    @Test
    void signalsImportedByTheNationalCoordinationAreLinkedAndCountedOnce() throws Exception {
        String day = "2019-03-21"; // this test's own day: the signal list of that day holds only its signals
        String run = UUID.randomUUID().toString().substring(0, 8);
        String file = HEADER + "\n"
                + row("LNK-A-" + run, day, 1, "Marija", "Petrovska", "2011-06-17")
                + row("LNK-B-" + run, day, 1, "Marija", "Petrovsca", "2011-06-17")
                + row("LNK-C-" + run, day, 1, "Marija", "Petrovska", "2011-06-17")
                + row("LNK-D-" + run, day, 1, "Lina", "Ozola", "2012-02-02")
                + row("LNK-E-" + run, day, 3, null, null, null); // three children seen, none named
        JsonNode done = awaitEnd("national1", upload("national1", CSV, file.getBytes(UTF_8)).get("id").asText());
        assertEquals(5, done.get("signalsCreated").asInt(), done.toString());

        JsonNode listed = api.get("v1/signals?from=" + day + "&to=" + day + "&size=50", "national1").json();
        assertEquals(5, listed.get("total").asInt(), "accepted at filing: " + listed);
        Map<String, List<String>> clustersByRef = new HashMap<>();
        listed.get("items").forEach(i -> {
            List<String> ids = new ArrayList<>();
            i.get("clusterIds").forEach(c -> ids.add(c.asText()));
            clustersByRef.put(i.get("externalRef").asText().substring(0, 5), ids);
        });
        assertEquals(1, clustersByRef.get("LNK-A").size(), clustersByRef.toString());
        assertEquals(clustersByRef.get("LNK-A"), clustersByRef.get("LNK-B"), "a one-letter typo: the same child");
        assertEquals(clustersByRef.get("LNK-A"), clustersByRef.get("LNK-C"), "the same name and birth: the same child");
        assertFalse(clustersByRef.get("LNK-D").equals(clustersByRef.get("LNK-A")), "another child");
        assertEquals(1, clustersByRef.get("LNK-E").size(), "a signal without children is an incident");
        JsonNode child = api.get("v1/clusters/" + clustersByRef.get("LNK-A").get(0), "national1").json();
        assertEquals(3, child.get("signalIds").size(), child.toString());
        assertEquals("CHILD", child.get("kind").asText());

        JsonNode count = listed.get("count");
        assertEquals(List.of(5L, 2L, 1L, 0L), List.of(count.get("signals").asLong(), count.get("children").asLong(),
                count.get("incidents").asLong(), count.get("notLinked").asLong()), "five reports, two children, one incident");
    }

    @Test
    void noIdentifierAndNoNarrativeOfAnImportReachesAnyTable() throws Exception {
        awaitEnd("national1", upload("national1", NDJSON, ImportTemplates.EXAMPLE_NDJSON.bytes()).get("id").asText());
        String dump = Database.dump().toLowerCase();
        for (String clear : List.of("Demoanna", "Demoion", "Examplescu", "Demokati", "Näidis", "2013-03-02", "DEMO-00017",
                "begging near the central station", "groomed online")) {
            assertFalse(dump.contains(clear.toLowerCase()), clear + " was found in the database");
        }
    }
}
