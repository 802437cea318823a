package eu.cbss.impt.hub.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.LoadState;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The whole hub as {@code ./hub start} runs it (embedded PostgreSQL, Keycloak with the demo
 * realm, Payara Micro with both WARs, demo organisations and signals), driven through the API with
 * real tokens and through the UI in Debian's headless Chromium. The restart comes last.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HubEndToEndIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** Identifiers that must never be found anywhere but in the requests that carry them. */
    private static final String API_FAMILY_NAME = "Quendolyn-Marsh";
    private static final String UI_FAMILY_NAME = "Tiberiusova";
    private static final List<String> IDENTIFIERS = List.of(API_FAMILY_NAME, "2013-02-17", UI_FAMILY_NAME,
            "Zephyrine", "2012-11-09");
    /** The identifiers of the example file (hub-domain's signals-example.csv), uploaded in the UI. */
    private static final List<String> EXAMPLE_IDENTIFIERS = List.of("Demoanna", "Demoion", "Examplescu", "Demokati",
            "DEMO-00017", "2013-03-02", "2015-01-20", "2011-05-17");
    /** Words of the example file's narratives, accepted rows and refused ones: encrypted or dropped, never in clear. */
    private static final List<String> EXAMPLE_NARRATIVES = List.of("begging near the central station",
            "groomed online", "cash-in-hand work on building sites", "left the reception centre",
            "stealing from shoppers", "unexplained gifts", "press article");

    private static Path varDir;
    private static Hub hub;
    private static Playwright playwright;
    private static Browser browser;
    private static String apiSignalId;
    private static String uiSignalReference;

    @BeforeAll
    static void start() throws Exception {
        Path target = Path.of(System.getProperty("project.build.directory", "target")).toAbsolutePath();
        varDir = target.resolve("e2e-var");
        deleteRecursively(varDir);
        hub = new Hub(settings(target)).start();
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(System.getProperty("chromium.path", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    private static HubSettings settings(Path target) {
        return HubSettings.defaults()
                .withVarDir(varDir)
                .withDistDir(target.resolve("dist"))
                .withPorts(8480, 5633, 8580, 9580);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
        if (playwright != null) playwright.close();
        if (hub != null) hub.close();
    }

    // ---- API --------------------------------------------------------------------------------

    private static HttpResponse<String> api(String method, String path, String user, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(hub.apiUrl() + path))
                .header("Authorization", "Bearer " + hub.token(user, "demo"));
        if (body != null) b.header("Content-Type", "application/json");
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @Order(1)
    void theHubIsReadyWithDemoData() throws Exception {
        HttpResponse<String> ready = HTTP.send(HttpRequest.newBuilder(URI.create(hub.baseUrl() + "/health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ready.statusCode(), ready.body());
        JsonNode all = JSON.readTree(api("GET", "/v1/signals?includePending=true&size=200", "national1", null).body());
        assertTrue(all.get("total").asInt() >= 10, "demo signals are loaded: " + all.get("total"));
        JsonNode accepted = JSON.readTree(api("GET", "/v1/signals", "national1", null).body());
        assertEquals(4 + DemoPopulation.signals(java.time.LocalDate.now()).size(), accepted.get("total").asInt(),
                "the regional coordinators accepted two demo signals each, and every signal of the synthetic population");
        JsonNode returned = JSON.readTree(api("GET", "/v1/signals?reviewStatus=RETURNED", "worker1", null).body());
        assertTrue(returned.get("total").asInt() >= 1, "a demo signal waits for worker1's answer");
        JsonNode organisations = JSON.readTree(api("GET", "/v1/organisations", "admin1", null).body());
        assertEquals(DemoData.ORGANISATIONS.size(), organisations.get("total").asInt(), "the demo organisations are registered");
    }

    @Test
    @Order(2)
    void aSignalFiledThroughTheApiIsSeenByTheNationalCoordinatorOnly() throws Exception {
        ObjectNode signal = (ObjectNode) JSON.readTree("""
                {"grade": "MAYBE", "sourceType": "PROFESSIONAL_OBSERVATION", "informationType": "EMERGING_ISSUE",
                 "concerns": ["SEXUAL_EXPLOITATION"], "childSituation": "SUSPECTED_VICTIM", "region": "EE001",
                 "occurredFrom": "2026-09-12", "childrenCount": 1,
                 "children": [{"sex": "F", "age": 13, "citizenship": "EE",
                   "identifiers": {"givenName": "Zephyrine", "familyName": "Quendolyn-Marsh", "dateOfBirth": "2013-02-17"}}],
                 "narrative": "Seen leaving a shopping centre with older men on several Saturdays."}
                """);
        signal.put("externalRef", "E2E-API-" + UUID.randomUUID());
        HttpResponse<String> created = api("POST", "/v1/signals", "worker1", signal.toString());
        assertEquals(201, created.statusCode(), created.body());
        apiSignalId = JSON.readTree(created.body()).get("id").asText();

        assertEquals(200, api("GET", "/v1/signals/" + apiSignalId, "national1", null).statusCode());
        assertEquals(404, api("GET", "/v1/signals/" + apiSignalId, "worker3", null).statusCode());
        assertEquals(403, api("GET", "/v1/signals/" + apiSignalId, "partner1", null).statusCode());
        assertEquals(403, api("GET", "/v1/signals", "partner1", null).statusCode());
    }

    // ---- UI ---------------------------------------------------------------------------------

    private static Page signIn(BrowserContext context, String user) {
        Page page = context.newPage();
        page.navigate(hub.baseUrl() + "/");
        page.waitForURL(url -> url.startsWith(hub.keycloakUrl()));
        page.fill("#username", user);
        page.fill("#password", "demo");
        page.click("#kc-login");
        page.waitForURL(url -> url.startsWith(hub.baseUrl()));
        page.waitForSelector("#userName");
        return page;
    }

    private static Locator byId(Page page, String id) {
        return page.locator("[id='" + id + "']");
    }

    private static void choose(Page page, String selectId, String value) {
        byId(page, selectId + "_input").selectOption(value, new Locator.SelectOptionOptions().setForce(true));
    }

    private static void tick(Page page, String inputId) {
        page.locator("label[for='" + inputId + "']").click();
    }

    @Test
    @Order(3)
    void worker1FilesASignalInTheFormAndSeesItInTheirTable() {
        try (BrowserContext context = browser.newContext()) {
            Page page = signIn(context, "worker1");
            assertTrue(byId(page, "userRole").textContent().toLowerCase().contains("social"), byId(page, "userRole").textContent());
            page.click("[id='nav-new-signal']");
            page.waitForSelector("[id='signalForm:submit']");

            tick(page, "signalForm:grade:2");
            choose(page, "signalForm:sourceType", "PROFESSIONAL_OBSERVATION");
            tick(page, "signalForm:informationType:2");
            tick(page, "signalForm:concerns:2");
            tick(page, "signalForm:childSituation:1");
            choose(page, "signalForm:region", "EE001");
            byId(page, "signalForm:occurredFrom_input").fill("2026-10-03");
            byId(page, "signalForm:childrenCount").fill("1");
            page.click("[id='signalForm:addChild']");
            page.waitForSelector("[id='signalForm:children:0:age']");
            byId(page, "signalForm:children:0:age").fill("18");
            byId(page, "signalForm:children:0:givenName").fill("Oksana");
            byId(page, "signalForm:children:0:familyName").fill(UI_FAMILY_NAME);
            byId(page, "signalForm:children:0:dateOfBirth_input").fill("2012-11-09");
            byId(page, "signalForm:narrative").fill("A boy begging near the old town gate on school days.");
            page.click("[id='signalForm:submit']");

            // An age of 18 is refused: the message stands beside the field and nothing typed is lost.
            page.locator(".ui-message-error").first().waitFor();
            assertTrue(page.content().contains("0 to 17"), "the age rule is explained");
            assertEquals("A boy begging near the old town gate on school days.", byId(page, "signalForm:narrative").inputValue());
            assertEquals(UI_FAMILY_NAME, byId(page, "signalForm:children:0:familyName").inputValue());
            byId(page, "signalForm:children:0:age").fill("11");

            // A narrative naming the child is not filed: the form warns first.
            byId(page, "signalForm:narrative").fill("A boy begging near the old town gate on school days. "
                    + UI_FAMILY_NAME + " is his family name.");
            page.click("[id='signalForm:submit']");
            page.waitForSelector("[id='signalForm:narrativeCheck']");
            assertTrue(page.content().contains("a name given for a child above"), "the warning says what was found");

            // A phone number: the author ticks that they checked the text, and files it.
            String narrative = "A boy begging near the old town gate on school days. The man's phone: 5123 4567.";
            byId(page, "signalForm:narrative").fill(narrative);
            page.click("[id='signalForm:submit']");
            page.waitForFunction("() => document.body.innerText.includes('a phone number')");
            page.click("[id='signalForm:narrativeChecked'] .ui-chkbox-box");
            page.click("[id='signalForm:submit']");
            page.waitForSelector("#filedConfirmation");
            uiSignalReference = byId(page, "reference").textContent().strip();
            assertTrue(uiSignalReference.matches("S-\\d{4}-\\d{6}"), uiSignalReference);
            assertFalse(page.content().contains(UI_FAMILY_NAME), "the signal page shows no identifier");
            assertTrue(byId(page, "narrative").textContent().contains("A boy begging near the old town gate on school days."),
                "the signal page shows the narrative, decrypted for its author");

            page.click("[id='nav-signals']");
            page.waitForSelector("[id='signalList:signals']");
            assertTrue(byId(page, "signalList:signals").textContent().contains(uiSignalReference));
        }
    }

    @Test
    @Order(4)
    void theNationalCoordinatorSeesBothSignalsAndSigningOutEndsTheKeycloakSession() throws Exception {
        String apiReference = JSON.readTree(api("GET", "/v1/signals/" + apiSignalId, "national1", null).body())
                .get("reference").asText();
        // Through the API too: national1 sees both (still pending review), worker3 neither.
        String national = api("GET", "/v1/signals?includePending=true&size=200", "national1", null).body();
        assertTrue(national.contains(uiSignalReference) && national.contains(apiReference), national);
        String police = api("GET", "/v1/signals?size=200", "worker3", null).body();
        assertFalse(police.contains(uiSignalReference) || police.contains(apiReference), police);
        try (BrowserContext context = browser.newContext()) {
            Page page = signIn(context, "national1");
            page.click("[id='nav-signals']");
            page.waitForSelector("[id='signalList:signals']");
            // Accepted signals by default; both new ones still await review, so ask for those too.
            assertFalse(byId(page, "signalList:signals").textContent().contains(uiSignalReference));
            page.click("[id='filters:includePending'] .ui-chkbox-box");
            page.click("[id='filters:apply']");
            page.waitForFunction("ref => document.getElementById('signalList:signals').innerText.includes(ref)",
                    uiSignalReference);
            String table = byId(page, "signalList:signals").textContent();
            assertTrue(table.contains(uiSignalReference), "filed in the UI");
            assertTrue(table.contains(apiReference), "filed through the API");

            page.click("#logout");
            page.waitForSelector("#loggedOutText");
            page.navigate(hub.baseUrl() + "/");
            page.waitForURL(url -> url.startsWith(hub.keycloakUrl()));
            assertTrue(page.isVisible("#username"), "after sign-out Keycloak asks for the password again");
        }
    }

    @Test
    @Order(5)
    void anotherOrganisationCannotOpenTheSignalInTheUi() throws Exception {
        try (BrowserContext context = browser.newContext()) {
            Page page = signIn(context, "worker3");
            page.navigate(hub.baseUrl() + "/signals/view.xhtml?id=" + apiSignalId);
            page.waitForSelector("#notFound");
            assertFalse(page.content().contains("shopping centre"));

            // The same page in Estonian, chosen in the top bar, and the choice kept for the next page.
            page.click("#lang-et");
            page.waitForSelector("html[lang='et']");
            assertTrue(byId(page, "nav-new-signal").textContent().contains("Uus teade"));
            page.click("[id='nav-new-signal']");
            page.waitForSelector("[id='signalForm:submit']");
            assertEquals("et", page.getAttribute("html", "lang"));
            page.click("#lang-en");
            page.waitForSelector("html[lang='en']");
            assertTrue(byId(page, "nav-new-signal").textContent().contains("New signal"));
        }
    }

    // ---- accessibility ----------------------------------------------------------------------

    /** The WCAG 2.1 A and AA rules of axe-core (ui.md: "checked with axe-core in the browser tests"). */
    private static final String AXE_RUN = """
            async () => {
              const result = await axe.run(document, {
                runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}
              });
              return JSON.stringify(result.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                            targets: v.nodes.map(n => n.target.join(' ')),
                            summary: v.nodes.length ? v.nodes[0].failureSummary : ''})));
            }
            """;

    /** axe.min.js from the axe-core webjar on the test class path; its version from the jar's pom.properties. */
    private static String axeScript() throws Exception {
        Properties pom = new Properties();
        try (InputStream in = HubEndToEndIT.class.getResourceAsStream("/META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
            assertNotNull(in, "the axe-core webjar is on the test class path");
            pom.load(in);
        }
        String path = "/META-INF/resources/webjars/axe-core/" + pom.getProperty("version") + "/axe.min.js";
        try (InputStream in = HubEndToEndIT.class.getResourceAsStream(path)) {
            assertNotNull(in, path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * Runs axe on what the page shows now. Its serious and critical violations go to {@code problems}
     * (they fail the test); moderate and minor ones are printed, to be looked at.
     */
    private static void audit(Page page, String name, String axe, List<String> problems) throws Exception {
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.addScriptTag(new Page.AddScriptTagOptions().setContent(axe));
        JsonNode violations = JSON.readTree((String) page.evaluate(AXE_RUN));
        for (JsonNode v : violations) {
            List<String> targets = new ArrayList<>();
            v.get("targets").forEach(t -> targets.add(t.asText()));
            String impact = v.get("impact").asText();
            String text = name + " [" + page.url().replace(hub.baseUrl(), "") + "]: " + v.get("id").asText()
                    + " (" + impact + ") " + v.get("help").asText()
                    + "\n    " + targets.size() + " element(s), e.g. " + targets.subList(0, Math.min(4, targets.size()))
                    + "\n    " + v.get("summary").asText().replace("\n", "\n    ");
            if (impact.equals("serious") || impact.equals("critical")) {
                problems.add(text);
            } else {
                System.out.println("axe-core, not failing: " + text);
            }
        }
    }

    @Test
    @Order(6)
    void everyPageMeetsWcag21AaForAxe() throws Exception {
        String axe = axeScript();
        List<String> problems = new ArrayList<>();
        try (BrowserContext context = browser.newContext()) {
            Page page = signIn(context, "worker1");
            audit(page, "home (worker1)", axe, problems);

            page.click("[id='nav-new-signal']");
            page.waitForSelector("[id='signalForm:submit']");
            audit(page, "new signal", axe, problems);

            // with a child's row open, submitted empty: every message beside its field and in the summary
            page.click("[id='signalForm:addChild']");
            page.waitForSelector("[id='signalForm:children:0:age']");
            page.click("[id='signalForm:submit']");
            page.locator(".ui-message-error").first().waitFor();
            audit(page, "new signal, submitted empty", axe, problems);

            page.click("[id='nav-signals']");
            page.waitForSelector("[id='signalList:signals']");
            audit(page, "signal list (worker1)", axe, problems);

            page.navigate(hub.baseUrl() + "/signals/view.xhtml?id=" + apiSignalId);
            page.waitForSelector("#reference");
            audit(page, "a signal's page", axe, problems);
        }
        try (BrowserContext context = browser.newContext()) {
            Page page = signIn(context, "regional1");
            page.click("[id='nav-reviews']");
            page.waitForSelector("[id='reviewQueue:reviews']");
            audit(page, "review queue (regional1)", axe, problems);

            page.locator("[id='reviewQueue:reviews'] a[id$=':open']").first().click();
            page.waitForSelector("[id='review:decide']");
            audit(page, "a signal's page with the decision panel", axe, problems);
        }
        try (BrowserContext context = browser.newContext()) {
            Page page = signIn(context, "national1");
            page.click("[id='nav-signals']");
            page.waitForSelector("[id='signalList:signals']");
            audit(page, "signal list (national1)", axe, problems);

            page.click("#logout");
            page.waitForSelector("#loggedOutText");
            audit(page, "signed out", axe, problems);
        }
        assertTrue(problems.isEmpty(), problems.size() + " serious or critical WCAG 2.1 AA violation(s) found by axe-core:\n"
                + String.join("\n", problems));
    }

    // ---- bulk import -------------------------------------------------------------------------

    /** The refused rows of the import shown on the page: "row|column|reason" for each. */
    private static List<String> refusedRows(Page page) {
        List<String> rows = new ArrayList<>();
        Locator lines = page.locator("[id='importReport:errors_data'] tr:not(.ui-datatable-empty-message)");
        for (int i = 0; i < lines.count(); i++) {
            Locator cells = lines.nth(i).locator("td");
            rows.add(cells.nth(0).innerText().strip().replaceAll("^Row\\s*", "") + "|"
                    + cells.nth(1).innerText().strip().replaceAll("^Column\\s*", "") + "|"
                    + cells.nth(2).innerText().strip().replaceAll("^Reason\\s*", ""));
        }
        return rows;
    }

    /** Chooses the file in the upload form and sends it (a plain multipart submit). */
    private static void upload(Page page, Path file) {
        byId(page, "importForm:file").setInputFiles(file);
        page.click("[id='importForm:upload']");
        page.waitForLoadState();
    }

    /** Waits until the page, asking every second, shows the upload as finished with every row read. */
    private static void waitUntilFinished(Page page) {
        page.waitForSelector("[id='importProgressBar'][aria-valuenow='100']");
        page.waitForFunction("() => document.getElementById('importStatus').innerText.includes('Finished')");
    }

    private static String text(Page page, String id) {
        return byId(page, id).textContent().strip();
    }

    @Test
    @Order(7)
    void worker1UploadsTheExampleFileWatchesItsProgressAndReadsTheRefusedRows() throws Exception {
        String axe = axeScript();
        List<String> problems = new ArrayList<>();
        Path downloads = Files.createTempDirectory(varDir.getParent(), "e2e-downloads");
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setAcceptDownloads(true))) {
            Page page = signIn(context, "worker1");
            page.click("[id='nav-import']");
            page.waitForSelector("[id='importForm:upload']");
            assertEquals("page", byId(page, "nav-import").getAttribute("aria-current"));
            audit(page, "upload a file", axe, problems);

            // The example, downloaded through its link (the page fetches it from the API with worker1's token).
            Download example = page.waitForDownload(() -> page.click("[id='import-example-csv']"));
            assertEquals("signals-example.csv", example.suggestedFilename());
            Path file = downloads.resolve(example.suggestedFilename());
            example.saveAs(file);
            assertTrue(Files.readString(file, StandardCharsets.UTF_8).startsWith("externalRef,grade,"), "the example has the template's header");

            upload(page, file);
            page.waitForURL(url -> url.contains("/signals/import.xhtml?id="));
            String importId = page.url().replaceAll(".*[?&]id=([0-9a-f-]+).*", "$1");
            assertEquals("progressbar", byId(page, "importProgressBar").getAttribute("role"));
            assertEquals("importProgressLabel", byId(page, "importProgressBar").getAttribute("aria-labelledby"));
            waitUntilFinished(page);
            assertEquals("8 of 8 rows", byId(page, "importProgressBar").getAttribute("aria-valuetext"));
            assertEquals("8 of 8 rows", text(page, "importProgressText"));
            assertEquals("5", text(page, "importAccepted"), "EX-0001 (two children), EX-0002, EX-0003, EX-0004");
            assertEquals("3", text(page, "importRejected"));
            assertEquals("4", text(page, "importCreated"));
            assertEquals("0", text(page, "importAlreadyFiled"));

            // The refused rows, each with its column and a reason that quotes no value.
            page.waitForFunction("() => document.querySelectorAll(\"[id='importReport:errors_data'] tr:not(.ui-datatable-empty-message)\").length === 3");
            List<String> refused = refusedRows(page);
            assertEquals(3, refused.size(), refused.toString());
            assertTrue(refused.get(0).startsWith("7|concerns|Unknown code"), refused.get(0));
            assertTrue(refused.get(1).startsWith("8|age|"), refused.get(1));
            assertTrue(refused.get(2).startsWith("9|narrative|Starts with '='"), refused.get(2));
            assertFalse(byId(page, "importReport:errors").innerText().contains("press article"), "the formula is not shown");
            audit(page, "an upload with refused rows", axe, problems);

            Download report = page.waitForDownload(() -> page.click("[id='importReport:downloadReport']"));
            assertEquals("import-" + importId + "-errors.csv", report.suggestedFilename());
            List<String> lines = Files.readAllLines(report.path(), StandardCharsets.UTF_8);
            assertEquals("row,field,message", lines.get(0));
            assertEquals(4, lines.size(), lines.toString());

            // The page survives a reload; an ended upload is not asked for again.
            page.reload();
            page.waitForSelector("[id='importProgressBar'][aria-valuenow='100']");
            assertEquals(0, page.locator("[id='importPoll:poll']").count(), "no polling for an ended upload");

            // The same file again creates nothing new.
            upload(page, file);
            page.waitForURL(url -> url.contains("?id=") && !url.contains(importId));
            waitUntilFinished(page);
            assertEquals("0", text(page, "importCreated"));
            assertEquals("4", text(page, "importAlreadyFiled"));
            Locator listed = page.locator("[id='importList:imports'] a[id$=':open']");
            assertEquals(2, listed.count(), "both uploads are in the organisation's latest uploads");
        }
        String uploads = api("GET", "/v1/signals/imports", "worker1", null).body();
        assertEquals(2, JSON.readTree(uploads).size(), uploads);
        assertEquals("[]", api("GET", "/v1/signals/imports", "worker3", null).body(), "another organisation sees none of them");
        assertTrue(problems.isEmpty(), problems.size() + " serious or critical WCAG 2.1 AA violation(s) found by axe-core:\n"
                + String.join("\n", problems));
    }

    @Test
    @Order(8)
    void aFileWithAWrongHeaderIsRefusedInWordsAndNothingIsImported() throws Exception {
        Path dir = Files.createTempDirectory(varDir.getParent(), "e2e-files");
        Path wrongHeader = Files.writeString(dir.resolve("signals.csv"), "reference,grade,region\nW-0001,MAYBE,EE001\n");
        Path spreadsheet = Files.writeString(dir.resolve("signals.xlsx"), "not a CSV file");
        try (BrowserContext context = browser.newContext()) {
            Page page = signIn(context, "worker1");
            page.click("[id='nav-import']");
            page.waitForSelector("[id='importForm:upload']");
            int before = page.locator("[id='importList:imports'] a[id$=':open']").count();

            upload(page, wrongHeader);
            Locator beside = page.locator("[id='importForm'] .ui-message-error");
            beside.first().waitFor();
            assertTrue(beside.first().innerText().contains("unknown column(s) reference"), beside.first().innerText());
            assertTrue(byId(page, "messages").innerText().contains("The file was not uploaded"), byId(page, "messages").innerText());
            assertFalse(page.url().contains("id="), "no upload was opened");
            assertEquals(0, page.locator("#importSection").count());
            assertEquals(before, page.locator("[id='importList:imports'] a[id$=':open']").count(), "nothing is listed as imported");

            upload(page, spreadsheet);
            page.waitForFunction("() => document.body.innerText.includes('Choose a file ending in .csv')");
            assertEquals(before, page.locator("[id='importList:imports'] a[id$=':open']").count());
        }
        assertEquals(2, JSON.readTree(api("GET", "/v1/signals/imports", "worker1", null).body()).size());
        assertTrue(api("GET", "/v1/signals?size=200", "worker1", null).body().contains("EX-0001"));
        assertFalse(api("GET", "/v1/signals?size=200", "worker1", null).body().contains("W-0001"));
    }

    @Test
    @Order(9)
    void researchersAndPartnerCountriesHaveNoUploadPage() throws Exception {
        for (String user : List.of("researcher1", "partner1")) {
            try (BrowserContext context = browser.newContext()) {
                Page page = signIn(context, user);
                assertEquals(0, page.locator("[id='nav-import']").count(), user + " has no upload link");
                page.navigate(hub.baseUrl() + "/signals/import.xhtml");
                page.waitForSelector("#forbiddenText");
                Response template = page.navigate(hub.baseUrl() + "/signals/import-files/templates/signals-example.csv");
                assertEquals(403, template.status(), user + " gets no template either");
            }
            assertEquals(403, api("GET", "/v1/signals/imports", user, null).statusCode(), user);
        }
    }

    // ---- privacy and persistence ------------------------------------------------------------

    @Test
    @Order(10)
    void noIdentifierIsInAnyTableOrLog() throws Exception {
        StringBuilder everything = new StringBuilder();
        try (Connection c = hub.openConnection(); Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("select table_schema || '.' || table_name from information_schema.tables "
                    + "where table_schema not in ('pg_catalog', 'information_schema')")) {
                while (rs.next()) tables.add(rs.getString(1));
            }
            for (String table : tables) {
                try (ResultSet rs = st.executeQuery("select t::text from " + table + " t")) {
                    while (rs.next()) everything.append(rs.getString(1)).append('\n');
                }
            }
        }
        String database = everything.toString().toLowerCase();
        assertTrue(database.contains(uiSignalReference.toLowerCase()), "the UI signal is stored");
        // Narratives are encrypted at rest: neither the UI's nor the API's is in any table.
        assertFalse(database.contains("begging near the old town gate"), "the UI signal's narrative is stored in plain text");
        assertFalse(database.contains("leaving a shopping centre"), "the API signal's narrative is stored in plain text");
        assertTrue(database.contains("ex-0001"), "the example file's signals are stored");
        for (String narrative : EXAMPLE_NARRATIVES) {
            assertFalse(database.contains(narrative.toLowerCase()), "a narrative of the uploaded file is in the database: " + narrative);
        }
        List<Path> logs;
        try (Stream<Path> files = Files.walk(varDir)) {
            logs = files.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".log") || p.toString().contains("/logs/"))
                    .toList();
        }
        assertFalse(logs.isEmpty(), "the hub writes logs under var/");
        for (Path log : logs) {
            String text = new String(Files.readAllBytes(log), java.nio.charset.StandardCharsets.ISO_8859_1).toLowerCase();
            assertFalse(text.contains("begging near the old town gate"), "a narrative is in " + log);
            for (String narrative : EXAMPLE_NARRATIVES) {
                assertFalse(text.contains(narrative.toLowerCase()), "a narrative of the uploaded file is in " + log);
            }
        }
        for (String identifier : Stream.concat(IDENTIFIERS.stream(), EXAMPLE_IDENTIFIERS.stream()).toList()) {
            assertFalse(database.contains(identifier.toLowerCase()), identifier + " is in the database");
            for (Path log : logs) {
                String text = new String(Files.readAllBytes(log), java.nio.charset.StandardCharsets.ISO_8859_1);
                assertFalse(text.toLowerCase().contains(identifier.toLowerCase()), identifier + " is in " + log);
            }
        }
    }

    // ---- regional review ---------------------------------------------------------------------

    @Test
    @Order(11)
    void regional1ReturnsASignalWorker1AnswersFromTheInboxAndRegional1AcceptsOne() {
        try (BrowserContext context = browser.newContext()) {
            Page page = signIn(context, "regional1");
            page.click("[id='nav-reviews']");
            page.waitForSelector("[id='reviewQueue:reviews']");
            Locator first = page.locator("[id='reviewQueue:reviews'] a[id$=':open']").first();
            String reference = first.textContent().strip();
            first.click();
            page.waitForSelector("[id='review:decide']");
            assertEquals(reference, byId(page, "reference").textContent().strip());

            // A return without a question is refused by the API: the reason stands beside the field.
            tick(page, "review:decision:1");
            page.click("[id='review:decide']");
            page.locator("[id='review'] .ui-message-error").first().waitFor();
            assertTrue(page.isVisible("[id='review:decide']"), "nothing was decided");

            tick(page, "review:decision:1");
            byId(page, "review:message").fill("Which school does the child attend, and since when?");
            page.click("[id='review:decide']");
            page.waitForSelector("#reviewConfirmation");
            assertTrue(byId(page, "reviewConfirmation").textContent().contains("Signal " + reference + " returned"),
                    byId(page, "reviewConfirmation").textContent());
            assertTrue(byId(page, "reviewHistory").textContent().contains("Which school does the child attend"));
            assertFalse(page.isVisible("[id='review:decide']"), "a decided signal has no decision panel");
        }
        try (BrowserContext context = browser.newContext()) {
            Page page = signIn(context, "worker1");
            page.waitForSelector("#inbox");
            Locator returned = page.locator("[id='returnedSignals'] a[id$=':open']");
            assertTrue(returned.count() >= 1, "the demo signal returned to worker1's organisation is in the inbox");
            String reference = returned.first().textContent().strip();
            returned.first().click();
            page.waitForSelector("[id='answer:send']");
            assertEquals(reference, byId(page, "reference").textContent().strip());
            byId(page, "answer:message").fill("The weekends of 5 and 12 September; the school was told on the 14th.");
            page.click("[id='answer:send']");
            page.waitForSelector("#reviewConfirmation");
            assertTrue(byId(page, "reviewConfirmation").textContent().contains("Your answer was sent"));
            assertTrue(byId(page, "reviewStatus").textContent().contains("Submitted"), byId(page, "reviewStatus").textContent());
            assertTrue(byId(page, "reviewHistory").textContent().contains("school was told on the 14th"));
        }
        try (BrowserContext context = browser.newContext()) {
            Page page = signIn(context, "regional1");
            page.click("[id='nav-reviews']");
            page.waitForSelector("[id='reviewQueue:reviews']");
            Locator first = page.locator("[id='reviewQueue:reviews'] a[id$=':open']").first();
            String reference = first.textContent().strip();
            first.click();
            page.waitForSelector("[id='review:decide']");
            tick(page, "review:decision:0");
            page.click("[id='review:decide']");
            page.waitForSelector("#reviewConfirmation");
            assertTrue(byId(page, "reviewConfirmation").textContent().contains("Signal " + reference + " accepted"),
                    byId(page, "reviewConfirmation").textContent());
            assertTrue(byId(page, "reviewStatus").textContent().contains("Accepted"));
        }
    }

    /** The reference of a signal of worker1's organisation in regional1's review queue, by its own reference. */
    private static String queuedReference(String externalRef) throws Exception {
        for (JsonNode item : JSON.readTree(api("GET", "/v1/reviews?size=200", "regional1", null).body()).get("items")) {
            if (externalRef.equals(item.path("externalRef").asText())
                    && "ee-tallinn-social-services".equals(item.path("organisation").asText())) {
                return item.get("reference").asText();
            }
        }
        throw new AssertionError(externalRef + " is not in regional1's review queue");
    }

    /** regional1 opens the signal from the review queue and records a decision (0 accept, 1 return). */
    private static void decide(Page page, String reference, int decision, String message) {
        page.click("[id='nav-reviews']");
        page.waitForSelector("[id='reviewQueue:reviews']");
        page.locator("[id='reviewQueue:reviews'] a[id$=':open']", new Page.LocatorOptions().setHasText(reference)).click();
        page.waitForSelector("[id='review:decide']");
        assertEquals(reference, text(page, "reference"));
        tick(page, "review:decision:" + decision);
        if (message != null) {
            byId(page, "review:message").fill(message);
        }
        page.click("[id='review:decide']");
        page.waitForSelector("#reviewConfirmation");
    }

    @Test
    @Order(12)
    void importedSignalsAreReviewedAnsweredAndSeenByTheNationalCoordinator() throws Exception {
        List<String> imported = new ArrayList<>();
        for (String externalRef : List.of("EX-0001", "EX-0002", "EX-0003", "EX-0004")) {
            imported.add(queuedReference(externalRef));
        }
        String accepted = imported.get(0);
        String returned = imported.get(1);
        try (BrowserContext context = browser.newContext()) {
            Page page = signIn(context, "regional1");
            page.click("[id='nav-reviews']");
            page.waitForSelector("[id='reviewQueue:reviews']");
            String queue = byId(page, "reviewQueue:reviews").innerText();
            for (String reference : imported) {
                assertTrue(queue.contains(reference), reference + " (uploaded by worker1) waits in regional1's queue");
            }
            decide(page, accepted, 0, null);
            assertTrue(text(page, "reviewConfirmation").contains("Signal " + accepted + " accepted"), text(page, "reviewConfirmation"));
            assertEquals("EX-0001", text(page, "externalRef"));
            assertTrue(byId(page, "children").innerText().contains("Romania"), "the two children of rows 2 and 3, without identifiers");
            assertFalse(page.content().contains("Examplescu"), "no identifier on the signal's page");

            decide(page, returned, 1, "Which adults were seen with the girl, and where?");
            assertTrue(text(page, "reviewConfirmation").contains("Signal " + returned + " returned"), text(page, "reviewConfirmation"));
        }
        try (BrowserContext context = browser.newContext()) {
            Page page = signIn(context, "worker1");
            page.waitForSelector("#inbox");
            page.locator("[id='returnedSignals'] a[id$=':open']", new Page.LocatorOptions().setHasText(returned)).click();
            page.waitForSelector("[id='answer:send']");
            assertEquals(returned, text(page, "reference"));
            byId(page, "answer:message").fill("Two men in their thirties, at the bus station, on 2 August.");
            page.click("[id='answer:send']");
            page.waitForSelector("#reviewConfirmation");
            assertTrue(text(page, "reviewConfirmation").contains("Your answer was sent"), text(page, "reviewConfirmation"));
            assertTrue(text(page, "reviewStatus").contains("Submitted"), text(page, "reviewStatus"));
        }
        try (BrowserContext context = browser.newContext()) {
            Page page = signIn(context, "national1");
            page.click("[id='nav-signals']");
            page.waitForSelector("[id='signalList:signals']");
            String table = byId(page, "signalList:signals").innerText();
            assertTrue(table.contains(accepted), "the accepted upload is in the national list");
            assertFalse(table.contains(returned), "the answered one waits for regional review again");
        }
    }

    @Test
    @Order(15)
    void aDecisionOnASignalDecidedMeanwhileIsRefusedInWordsAndShowsTheDecision() throws Exception {
        String reference = queuedReference("EX-0003");
        try (BrowserContext context = browser.newContext()) {
            Page first = signIn(context, "regional1");
            Page second = context.newPage();
            for (Page page : List.of(first, second)) {
                page.navigate(first.url());
                page.click("[id='nav-reviews']");
                page.waitForSelector("[id='reviewQueue:reviews']");
                page.locator("[id='reviewQueue:reviews'] a[id$=':open']", new Page.LocatorOptions().setHasText(reference)).click();
                page.waitForSelector("[id='review:decide']");
            }
            tick(first, "review:decision:0");
            first.click("[id='review:decide']");
            first.waitForSelector("#reviewConfirmation");

            // The second tab still shows the decision panel; its decision comes too late.
            tick(second, "review:decision:1");
            byId(second, "review:message").fill("Is the building site known to the labour inspectorate?");
            second.click("[id='review:decide']");
            second.locator("[id='messages'] .ui-messages-error").waitFor();
            String refusal = byId(second, "messages").innerText();
            assertTrue(refusal.contains("already accepted") && refusal.contains("regional1"), refusal);
            assertTrue(text(second, "reviewStatus").contains("Accepted"), "the page now shows the decision that won");
        }
        JsonNode signal = JSON.readTree(api("GET", "/v1/signals?size=200&reviewStatus=ACCEPTED", "national1", null).body());
        assertTrue(signal.toString().contains(reference));
    }

    // ---- organisations ----------------------------------------------------------------------

    /** The organisation as the API has it, with {@code active} set: the body of a PUT. */
    private static String withActive(String id, boolean active) throws Exception {
        ObjectNode o = (ObjectNode) JSON.readTree(api("GET", "/v1/organisations/" + id, "admin1", null).body());
        o.remove(List.of("createdAt", "updatedAt"));
        return o.put("active", active).toString();
    }

    @Test
    @Order(13)
    void theHubAdministratorRegistersChangesAndDeactivatesAnOrganisationAndOthersCannot() throws Exception {
        String axe = axeScript();
        List<String> problems = new ArrayList<>();
        String id = "ee-e2e-school-" + UUID.randomUUID().toString().substring(0, 8);
        try (BrowserContext context = browser.newContext()) {
            Page page = signIn(context, "admin1");
            assertTrue(page.isVisible("[id='adminOrganisations']"), "the administrator's home page leads to the organisations");
            page.click("[id='nav-organisations']");
            page.waitForSelector("[id='organisationList:organisations']");
            assertTrue(byId(page, "organisationList:organisations").textContent().contains("ee-police-south"), "the demo organisations");
            audit(page, "organisations (admin1)", axe, problems);

            page.click("[id='organisationList:newOrganisation']");
            page.waitForSelector("[id='organisationForm:id']");
            // PrimeFaces disables the button while its request runs; it must come back
            page.waitForSelector("[id='organisationList:newOrganisation']:not([disabled]):not(.ui-state-disabled)");
            byId(page, "organisationForm:id").fill(id);
            byId(page, "organisationForm:name").fill("Tartu Kesklinna School (demo)");
            choose(page, "organisationForm:type", "SCHOOL");
            choose(page, "organisationForm:level", "LOCAL");
            byId(page, "organisationForm:region").fill("EE");
            byId(page, "organisationForm:network").fill("Lõuna-Eesti child protection network");
            audit(page, "a new organisation's form", axe, problems);
            page.click("[id='organisationForm:save']");

            // The API refuses a whole country as a local school's region: its words stand beside the field.
            page.locator("[id='organisationForm'] .ui-message-error").first().waitFor();
            assertTrue(page.content().contains("region inside the country"), "the region rule is explained");
            assertEquals("Tartu Kesklinna School (demo)", byId(page, "organisationForm:name").inputValue(), "nothing typed is lost");
            audit(page, "a new organisation's form refused", axe, problems);
            byId(page, "organisationForm:region").fill("EE008");
            page.click("[id='organisationForm:save']");
            page.waitForSelector("#organisationConfirmation");
            Locator row = page.locator("[id='organisationList:organisations'] tbody tr").filter(new Locator.FilterOptions().setHasText(id));
            assertEquals(1, row.count(), "the new organisation is in the table");
            assertTrue(row.textContent().contains("Active"), row.textContent());

            row.locator("button[id$=':edit']").click();
            page.waitForFunction("() => document.getElementById('organisationForm:name')?.value === 'Tartu Kesklinna School (demo)'");
            byId(page, "organisationForm:name").fill("Tartu Kesklinna Gymnasium (demo)");
            page.click("[id='organisationForm:save']");
            page.waitForFunction("() => document.getElementById('organisationList:organisations').innerText.includes('Gymnasium')");

            row.locator("button[id$=':toggle']").click();
            page.waitForFunction("id => document.getElementById('organisationConfirmation')?.innerText.includes('deactivated')", id);
            assertTrue(row.textContent().contains("Deactivated"), row.textContent());
        }
        JsonNode stored = JSON.readTree(api("GET", "/v1/organisations/" + id, "admin1", null).body());
        assertEquals("Tartu Kesklinna Gymnasium (demo)", stored.get("name").asText());
        assertEquals("EE008", stored.get("region").asText());
        assertFalse(stored.get("active").asBoolean());

        try (BrowserContext context = browser.newContext()) {
            Page page = signIn(context, "worker1");
            assertEquals(0, page.locator("[id='nav-organisations']").count(), "no link for a social worker");
            page.navigate(hub.baseUrl() + "/organisations/list.xhtml");
            page.waitForSelector("#forbiddenText");
        }

        // A member of a deactivated organisation is told why on the home page, not shown an error page.
        assertEquals(200, api("PUT", "/v1/organisations/ee-police-south", "admin1", withActive("ee-police-south", false)).statusCode());
        try (BrowserContext context = browser.newContext()) {
            Page page = signIn(context, "worker3");
            page.waitForSelector("#organisationProblem");
            assertTrue(byId(page, "organisationProblem").textContent().contains("has been deactivated"),
                    byId(page, "organisationProblem").textContent());
            assertFalse(page.isVisible("#signalsSection"));
            audit(page, "home of a deactivated organisation's member", axe, problems);
        } finally {
            assertEquals(200, api("PUT", "/v1/organisations/ee-police-south", "admin1", withActive("ee-police-south", true)).statusCode());
        }
        assertEquals(200, api("GET", "/v1/signals", "worker3", null).statusCode(), "reactivated");
        assertTrue(problems.isEmpty(), problems.size() + " serious or critical WCAG 2.1 AA violation(s) found by axe-core:\n"
                + String.join("\n", problems));
    }

    // ---- clusters ---------------------------------------------------------------------------

    /** The identifiers of the child two organisations report in the cluster test: never on a page. */
    private static final List<String> CLUSTER_IDENTIFIERS = List.of("Ionela", "Zamfirescu", "Zamfiresku", "2012-03-05");
    /** The day both reports about Ionela describe, and no other signal: the signal list filtered to it holds them alone. */
    private static final String IONELA_DAY = "2025-02-13";

    /** {@code user} files a signal about Ionela (the family name as given) through the API; its id. */
    private static String fileAboutIonela(String user, String familyName, String region) throws Exception {
        ObjectNode signal = (ObjectNode) JSON.readTree("""
                {"grade": "MAYBE", "sourceType": "PROFESSIONAL_OBSERVATION", "informationType": "INCIDENT_OR_NARRATIVE",
                 "concerns": ["BEGGING"], "childSituation": "SUSPECTED_VICTIM", "childrenCount": 1,
                 "children": [{"sex": "F", "age": 14, "citizenship": "RO",
                   "identifiers": {"givenName": "Ionela", "dateOfBirth": "2012-03-05"}}],
                 "narrative": "Seen begging at a tram stop on school days."}
                """);
        signal.put("externalRef", "E2E-CLUSTER-" + UUID.randomUUID()).put("region", region)
                .put("occurredFrom", IONELA_DAY);
        ((ObjectNode) signal.get("children").get(0).get("identifiers")).put("familyName", familyName);
        HttpResponse<String> created = api("POST", "/v1/signals", user, signal.toString());
        assertEquals(201, created.statusCode(), created.body());
        return JSON.readTree(created.body()).get("id").asText();
    }

    /** The clusters of a signal as the national coordinator reads them, once linking (after the acceptance commits) has run. */
    private static List<String> clustersOf(String signalId) throws Exception {
        for (int i = 0; i < 60; i++) {
            JsonNode ids = JSON.readTree(api("GET", "/v1/signals/" + signalId, "national1", null).body()).path("clusterIds");
            if (ids.size() > 0) {
                List<String> result = new ArrayList<>();
                ids.forEach(id -> result.add(id.asText()));
                return result;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("signal " + signalId + " was not linked into a cluster");
    }

    private static void screenshot(Page page, String name) {
        String dir = System.getProperty("e2e.screenshots");
        if (dir != null && !dir.isBlank()) {
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of(dir, name + ".png")).setFullPage(true));
        }
    }

    private static void assertNoClusterIdentifier(Page page) {
        String content = page.content();
        for (String identifier : CLUSTER_IDENTIFIERS) {
            assertFalse(content.contains(identifier), identifier + " is on " + page.url());
        }
    }

    @Test
    @Order(14)
    void twoOrganisationsReportOneChildAndTwoNationalCoordinatorsVerifyTheCluster() throws Exception {
        String social = fileAboutIonela("worker1", "Zamfirescu", "EE001");
        String police = fileAboutIonela("worker3", "Zamfiresku", "EE008");
        assertEquals(200, api("POST", "/v1/reviews/" + social, "regional1", "{\"decision\": \"ACCEPT\"}").statusCode());
        assertEquals(200, api("POST", "/v1/reviews/" + police, "regional2", "{\"decision\": \"ACCEPT\"}").statusCode());
        List<String> clusters = clustersOf(social);
        assertEquals(1, clusters.size(), "one child, one cluster");
        String cluster = clusters.get(0);
        assertEquals(clusters, clustersOf(police), "the police report is linked to the social services' one");

        String axe = axeScript();
        List<String> problems = new ArrayList<>();
        String policeReference;
        try (BrowserContext context = browser.newContext()) {
            Page page = signIn(context, "national1");
            assertTrue(page.isVisible("[id='clusterQueue']"), "the national coordinator's home page leads to the clusters");
            page.click("[id='nav-clusters']");
            page.waitForSelector("[id='clusterQueue:clusters']");
            choose(page, "clusterFilters:kind", "CHILD");
            page.waitForResponse(r -> r.url().contains("/clusters/queue.xhtml"), () -> page.click("[id='clusterFilters:apply']"));
            page.waitForLoadState(LoadState.NETWORKIDLE);
            Locator row = page.locator("[id='clusterQueue:clusters'] tbody tr")
                    .filter(new Locator.FilterOptions().setHas(page.locator("a[href*='" + cluster + "']")));
            row.first().waitFor();
            assertEquals(1, row.count(), "the cluster waits in the queue");
            assertFalse(byId(page, "clusterQueue:clusters").innerText().contains("Incident cluster"), "only child clusters");
            assertTrue(row.innerText().contains("Child cluster"), row.innerText());
            assertTrue(row.innerText().contains("2 organisations"), "two independent sources: " + row.innerText());
            assertNoClusterIdentifier(page);
            audit(page, "clusters awaiting verification (national1)", axe, problems);
            screenshot(page, "1-queue");

            row.locator("a[id$=':open']").click();
            page.waitForSelector("#reference");
            page.waitForURL("**/clusters/view.xhtml**");
            byId(page, "timeline").locator("a").nth(1).waitFor(); // both signals listed
            assertNoClusterIdentifier(page);
            String timeline = byId(page, "timeline").innerText();
            assertTrue(timeline.contains("ee-tallinn-social-services") && timeline.contains("ee-police-south"), timeline);
            policeReference = JSON.readTree(api("GET", "/v1/signals/" + police, "national1", null).body()).get("reference").asText();
            assertTrue(timeline.contains(policeReference), "each signal links to its page: " + timeline);
            assertTrue(text(page, "sources").contains("2 organisations"), text(page, "sources"));
            assertTrue(text(page, "gradeExplanation").contains("2 different organisations"), text(page, "gradeExplanation"));
            assertTrue(byId(page, "links").innerText().contains("%"), "the link's similarity as a percentage: " + byId(page, "links").innerText());
            audit(page, "a cluster's page (national1)", axe, problems);
            screenshot(page, "2-cluster");

            // Proposed without a rationale: refused in words beside the field, nothing recorded.
            tick(page, "decide:decision:0");
            page.click("[id='decide:decideButton']");
            page.locator("[id='decide'] .ui-message-error").first().waitFor();
            assertTrue(byId(page, "decide").innerText().contains("A written rationale is required."), byId(page, "decide").innerText());
            audit(page, "a cluster's decision refused", axe, problems);

            tick(page, "decide:decision:0");
            byId(page, "decide:rationale").fill("Same first name, same birthday, family names one letter apart; both describe begging at tram stops.");
            page.click("[id='decide:decideButton']");
            page.waitForSelector("#outcome");
            assertTrue(text(page, "outcome").contains("Proposed as verified"), text(page, "outcome"));
            assertTrue(page.isVisible("#pendingProposal"), "the proposal is shown");
            assertEquals(0, page.locator("[id='confirm:confirmButton']").count(), "the proposer is not offered the confirmation");
            assertTrue(text(page, "ownProposal").contains("different national coordinator"), text(page, "ownProposal"));
            screenshot(page, "3-proposed");
        }
        HttpResponse<String> own = api("POST", "/v1/clusters/" + cluster + "/verification/confirmation", "national1",
                "{\"rationale\": \"I agree with myself.\"}");
        assertEquals(409, own.statusCode(), "the API refuses the proposer too: " + own.body());

        try (BrowserContext context = browser.newContext()) {
            Page page = signIn(context, "national2");
            page.click("[id='nav-clusters']");
            page.waitForSelector("[id='clusterQueue:clusters']");
            Locator row = page.locator("[id='clusterQueue:clusters'] tbody tr")
                    .filter(new Locator.FilterOptions().setHas(page.locator("a[href*='" + cluster + "']")));
            assertTrue(row.getAttribute("class").contains("proposal-pending"), "the proposal stands out: " + row.getAttribute("class"));
            assertTrue(row.innerText().contains("national1"), row.innerText());
            audit(page, "clusters with a proposal (national2)", axe, problems);

            row.locator("a[id$=':open']").click();
            page.waitForSelector("[id='confirm:confirmButton']");
            audit(page, "a cluster's confirmation (national2)", axe, problems);
            byId(page, "confirm:rationale").fill("Read both signals and the link: one girl, reported by the social services and the police.");
            page.click("[id='confirm:confirmButton']");
            page.waitForSelector("#outcome");
            assertTrue(text(page, "outcome").contains("the cluster is verified"), text(page, "outcome"));
            assertTrue(text(page, "verification").startsWith("Verified"), text(page, "verification"));
            assertTrue(byId(page, "history").innerText().contains("national2"), byId(page, "history").innerText());
            assertNoClusterIdentifier(page);
            screenshot(page, "4-verified");

            // The same page in Estonian, switched right after the post: the language link keeps the cluster's id.
            assertTrue(byId(page, "lang-et").getAttribute("href").contains("id=" + cluster), byId(page, "lang-et").getAttribute("href"));
            page.click("#lang-et");
            page.waitForSelector("html[lang='et']");
            assertTrue(text(page, "verification").startsWith("Kinnitatud"), text(page, "verification"));
            audit(page, "a verified cluster in Estonian (national2)", axe, problems);
            page.click("#lang-en");
            page.waitForSelector("html[lang='en']");

            // The signal's page links its cluster for national coordinators.
            page.navigate(hub.baseUrl() + "/signals/view.xhtml?id=" + police);
            page.waitForSelector("#reference");
            assertEquals(1, page.locator("[id='clusterIds'] a[href*='" + cluster + "']").count(), "the signal links its cluster");

            // Every count says one child: the signal list of the reports' day counts two signals as one child.
            page.navigate(hub.baseUrl() + "/signals/list.xhtml");
            page.waitForSelector("[id='signalList:signals']");
            byId(page, "filters:from_input").fill(IONELA_DAY);
            byId(page, "filters:to_input").fill(IONELA_DAY);
            page.keyboard().press("Escape");
            page.waitForResponse(r -> r.url().contains("/signals/list.xhtml"), () -> page.click("[id='filters:apply']"));
            page.waitForLoadState(LoadState.NETWORKIDLE);
            assertEquals(2, page.locator("[id='signalList:signals'] tbody tr a[id$=':open']").count(), "the two reports are listed");
            String count = text(page, "signalCount");
            assertTrue(count.startsWith("One child and no incident"), count);
            assertTrue(count.contains("from 2 signals") && count.contains("Verified"), "the figure and its basis: " + count);
            audit(page, "a signal list with its count of children (national2)", axe, problems);
            screenshot(page, "4b-count");
        }
        assertEquals("VERIFIED", JSON.readTree(api("GET", "/v1/clusters/" + cluster, "national1", null).body()).get("verification").asText());

        // Later the police report turns out to be another girl: split it off, then say the two are not the same.
        try (BrowserContext context = browser.newContext()) {
            Page page = signIn(context, "national2");
            page.navigate(hub.baseUrl() + "/clusters/view.xhtml?id=" + cluster);
            page.waitForSelector("[id='split:splitButton']");
            page.locator("[id='split'] label", new Page.LocatorOptions().setHasText(policeReference)).click();
            byId(page, "split:splitRationale").fill("The police report is about her cousin, as the unit confirmed by phone.");
            page.click("[id='split:splitButton']");
            page.waitForSelector("#outcome");
            assertTrue(text(page, "outcome").contains("One signal left into the new cluster"), text(page, "outcome"));
            assertTrue(text(page, "verification").startsWith("Not verified"), "a split undoes the verification: " + text(page, "verification"));
            assertFalse(byId(page, "timeline").innerText().contains(policeReference), byId(page, "timeline").innerText());
            audit(page, "a cluster after a split (national2)", axe, problems);

            page.click("#newCluster");
            // the old page has the same form: wait for the new cluster's address before reading it
            page.waitForURL(url -> url.contains("id=") && !url.contains(cluster));
            page.waitForSelector("[id='separate:separateButton']");
            assertTrue(byId(page, "timeline").innerText().contains(policeReference), byId(page, "timeline").innerText());
            byId(page, "separate:otherCluster").fill("C-" + cluster.substring(0, 8).toUpperCase());
            byId(page, "separate:separationRationale").fill("Two cousins of the same age: not the same child.");
            page.click("[id='separate:separateButton']");
            page.waitForSelector("#outcome");
            assertTrue(text(page, "outcome").contains("Marked as not the same"), text(page, "outcome"));
            assertTrue(byId(page, "history").innerText().contains("Marked as not the same"), byId(page, "history").innerText());
            assertNoClusterIdentifier(page);
            screenshot(page, "5-split-and-separated");

            // national1 dismisses the new cluster while national2 still has it open: national2 is told in words.
            String part = JSON.readTree(api("GET", "/v1/signals/" + police, "national1", null).body()).path("clusterIds").get(0).asText();
            assertEquals(200, api("POST", "/v1/clusters/" + part + "/verification", "national1",
                    "{\"decision\": \"DISMISSED\", \"rationale\": \"Her cousin is already known to the police unit.\"}").statusCode());
            page.locator("[id='decide'] label", new Page.LocatorOptions().setHasText("Dismissed")).click();
            byId(page, "decide:rationale").fill("Not a case for the national level.");
            page.click("[id='decide:decideButton']");
            page.locator("[id='messages'] .ui-messages-error").first().waitFor();
            assertTrue(text(page, "messages").contains("already dismissed by national1"), text(page, "messages"));
            assertTrue(text(page, "verification").startsWith("Dismissed"), "the page shows the cluster as it is now: " + text(page, "verification"));
            audit(page, "a cluster's decision refused after another coordinator acted", axe, problems);
        }

        for (String user : List.of("worker1", "regional1")) {
            try (BrowserContext context = browser.newContext()) {
                Page page = signIn(context, user);
                assertEquals(0, page.locator("[id='nav-clusters']").count(), "no clusters link for " + user);
                page.navigate(hub.baseUrl() + "/clusters/queue.xhtml");
                page.waitForSelector("#forbiddenText");
                page.navigate(hub.baseUrl() + "/clusters/view.xhtml?id=" + cluster);
                page.waitForSelector("#forbiddenText");
            }
        }
        assertTrue(problems.isEmpty(), problems.size() + " serious or critical WCAG 2.1 AA violation(s) found by axe-core:\n"
                + String.join("\n", problems));
    }

    @Test
    @Order(16)
    void theNationalCoordinatorReadsTheEstimateWithItsTableIntervalAndBasisAndOthersCannot() throws Exception {
        JsonNode e = JSON.readTree(api("GET", "/v1/estimates", "national1", null).body());
        assertTrue(e.get("estimable").asBoolean(), e.toString());
        assertTrue(e.get("observed").asInt() >= DemoPopulation.CHILDREN, "the synthetic population is linked: " + e.get("observed"));
        assertEquals(403, api("GET", "/v1/estimates", "regional1", null).statusCode());

        String axe = axeScript();
        List<String> problems = new ArrayList<>();
        try (BrowserContext context = browser.newContext()) {
            Page page = signIn(context, "national1");
            page.click("[id='nav-estimates']");
            page.waitForSelector("#estimateFigure");
            assertTrue(text(page, "estimateFigure").contains("95% interval"), text(page, "estimateFigure"));
            assertTrue(text(page, "seenUnseen").contains("are on at least one list"), text(page, "seenUnseen"));
            Locator rows = page.locator("#overlapTable tbody tr");
            assertEquals((1 << e.get("lists").size()) - 1, rows.count(), "every combination of the lists, each a row");
            String header = text(page, "overlapTable");
            assertTrue(header.contains("Social services") && header.contains("Police"), header);
            assertTrue(text(page, "childClusters").contains("child clusters"), text(page, "childClusters"));
            assertTrue(page.isVisible(".estimate-picture svg"), "the picture of seen, estimate and interval");
            assertTrue(text(page, "caveats").contains("closed population"), text(page, "caveats"));
            screenshot(page, "estimate");
            audit(page, "the estimate (national1)", axe, problems);

            // Merging social services and the NGO leaves two lists: the reason in words, no number.
            byId(page, "estimateForm:lists").fill("welfare:SOCIAL_SERVICES,NGO;police:POLICE;school:SCHOOL");
            page.click("[id='estimateForm:compute']");
            page.waitForSelector("#noEstimate");
            assertTrue(text(page, "reason").contains("at least 3 lists"), text(page, "reason"));
            assertEquals(0, page.locator("#estimateFigure").count(), "no number without an estimate");
            audit(page, "no estimate, with the reason (national1)", axe, problems);

            // A grouping the API refuses is explained beside the field.
            byId(page, "estimateForm:lists").fill("welfare:SOCIAL_SERVICES;police:WIZARDS");
            page.click("[id='estimateForm:compute']");
            page.locator("[id='estimateForm'] .ui-message-error").first().waitFor();
            assertTrue(text(page, "estimateForm").contains("Unknown code"), text(page, "estimateForm"));
        }
        try (BrowserContext context = browser.newContext()) {
            Page page = signIn(context, "regional1");
            assertEquals(0, page.locator("[id='nav-estimates']").count(), "no estimates link for a regional coordinator");
            page.navigate(hub.baseUrl() + "/estimates/view.xhtml");
            page.waitForSelector("#forbiddenText");
        }
        assertTrue(problems.isEmpty(), problems.size() + " serious or critical WCAG 2.1 AA violation(s) found by axe-core:\n"
                + String.join("\n", problems));
    }

    @Test
    @Order(20)
    void aSecondStartKeepsEverythingAndLoadsNoDemoDataTwice() throws Exception {
        long before = JSON.readTree(api("GET", "/v1/signals?includePending=true&size=1", "national1", null).body()).get("total").asLong();
        hub.close();
        hub = new Hub(settings(Path.of(System.getProperty("project.build.directory", "target")).toAbsolutePath())).start();
        long after = JSON.readTree(api("GET", "/v1/signals?includePending=true&size=1", "national1", null).body()).get("total").asLong();
        assertEquals(before, after);
        assertEquals(200, api("GET", "/v1/signals/" + apiSignalId, "worker1", null).statusCode());
    }

    private static void deleteRecursively(Path dir) throws Exception {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
