package eu.cbss.impt.hub.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Bulk import in the UI: worker1 downloads the example file, uploads it, watches its progress, reads
 * the refused rows and downloads their report; uploads it again (nothing new); files refused whole;
 * roles without an upload page; the imported signals reviewed by regional1, answered by worker1 and
 * seen by the national coordinator. The example's references (EX-0001...) are this journey's: no other
 * journey uploads it as worker1's organisation.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ImportJourneyIT extends Journey {

    /** The identifiers of the example file (hub-domain's signals-example.csv), uploaded in the UI. */
    private static final String[] EXAMPLE_IDENTIFIERS = {"Demoanna", "Demoion", "Examplescu", "Demokati",
            "DEMO-00017", "2013-03-02", "2015-01-20", "2011-05-17"};
    /** Words of the example file's narratives, accepted rows and refused ones: encrypted or dropped, never in clear. */
    private static final String[] EXAMPLE_NARRATIVES = {"begging near the central station",
            "groomed online", "cash-in-hand work on building sites", "left the reception centre",
            "stealing from shoppers", "unexplained gifts", "press article"};

    private static String firstImport;
    private static String secondImport;

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

    private static String importId(Page page) {
        return page.url().replaceAll(".*[?&]id=([0-9a-f-]+).*", "$1");
    }

    private static List<String> importIds(String user) {
        List<String> ids = new ArrayList<>();
        get("/v1/signals/imports", user).forEach(i -> ids.add(i.get("id").asText()));
        return ids;
    }

    @Test
    @Order(1)
    void worker1UploadsTheExampleFileWatchesItsProgressAndReadsTheRefusedRows() throws Exception {
        forbid(EXAMPLE_IDENTIFIERS);
        forbid(EXAMPLE_NARRATIVES);
        int uploadsBefore = importIds("worker1").size();
        Path downloads = Files.createTempDirectory(hub().settings().varDir().getParent(), "e2e-downloads");
        Page page = signIn(newContext(new Browser.NewContextOptions().setAcceptDownloads(true)), "worker1");
        page.click("[id='nav-import']");
        page.waitForSelector("[id='importForm:upload']");
        assertEquals("page", byId(page, "nav-import").getAttribute("aria-current"));
        audit(page, "upload a file");

        // The example, downloaded through its link (the page fetches it from the API with worker1's token).
        Download example = page.waitForDownload(() -> page.click("[id='import-example-csv']"));
        assertEquals("signals-example.csv", example.suggestedFilename());
        Path file = downloads.resolve(example.suggestedFilename());
        example.saveAs(file);
        assertTrue(Files.readString(file, StandardCharsets.UTF_8).startsWith("externalRef,grade,"), "the example has the template's header");

        upload(page, file);
        page.waitForURL(url -> url.contains("/signals/import.xhtml?id="));
        firstImport = importId(page);
        assertEquals("progressbar", byId(page, "importProgressBar").getAttribute("role"));
        assertEquals("importProgressLabel", byId(page, "importProgressBar").getAttribute("aria-labelledby"));
        waitUntilFinished(page);
        assertEquals("8 of 8 rows", byId(page, "importProgressBar").getAttribute("aria-valuetext"));
        assertEquals("8 of 8 rows", text(page, "importProgressText"));
        assertEquals("5", text(page, "importAccepted"), "EX-0001 (two children), EX-0002, EX-0003, EX-0004");
        assertEquals("3", text(page, "importRejected"));
        assertEquals("4", text(page, "importCreated"));
        assertEquals("0", text(page, "importAlreadyFiled"));
        expectStored("EX-0001");

        // The refused rows, each with its column and a reason that quotes no value.
        page.waitForFunction("() => document.querySelectorAll(\"[id='importReport:errors_data'] tr:not(.ui-datatable-empty-message)\").length === 3");
        List<String> refused = refusedRows(page);
        assertEquals(3, refused.size(), refused.toString());
        assertTrue(refused.get(0).startsWith("7|concerns|Unknown code"), refused.get(0));
        assertTrue(refused.get(1).startsWith("8|age|"), refused.get(1));
        assertTrue(refused.get(2).startsWith("9|narrative|Starts with '='"), refused.get(2));
        assertFalse(byId(page, "importReport:errors").innerText().contains("press article"), "the formula is not shown");
        audit(page, "an upload with refused rows");

        Download report = page.waitForDownload(() -> page.click("[id='importReport:downloadReport']"));
        assertEquals("import-" + firstImport + "-errors.csv", report.suggestedFilename());
        List<String> lines = Files.readAllLines(report.path(), StandardCharsets.UTF_8);
        assertEquals("row,field,message", lines.get(0));
        assertEquals(4, lines.size(), lines.toString());

        // The page survives a reload; an ended upload is not asked for again.
        page.reload();
        page.waitForSelector("[id='importProgressBar'][aria-valuenow='100']");
        assertEquals(0, page.locator("[id='importPoll:poll']").count(), "no polling for an ended upload");

        // The same file again creates nothing new.
        upload(page, file);
        page.waitForURL(url -> url.contains("?id=") && !url.contains(firstImport));
        secondImport = importId(page);
        waitUntilFinished(page);
        assertEquals("0", text(page, "importCreated"));
        assertEquals("4", text(page, "importAlreadyFiled"));
        for (String id : List.of(firstImport, secondImport)) {
            assertEquals(1, page.locator("[id='importList:imports'] a[id$=':open'][href*='" + id + "']").count(),
                    "both uploads are in the organisation's latest uploads");
        }

        List<String> uploads = importIds("worker1");
        assertEquals(uploadsBefore + 2, uploads.size(), uploads.toString());
        assertTrue(uploads.containsAll(List.of(firstImport, secondImport)), uploads.toString());
        List<String> police = importIds("worker3");
        assertFalse(police.contains(firstImport) || police.contains(secondImport), "another organisation sees none of them");
    }

    @Test
    @Order(2)
    void aFileWithAWrongHeaderIsRefusedInWordsAndNothingIsImported() throws Exception {
        Path dir = Files.createTempDirectory(hub().settings().varDir().getParent(), "e2e-files");
        Path wrongHeader = Files.writeString(dir.resolve("signals.csv"), "reference,grade,region\nW-0001,MAYBE,EE001\n");
        Path spreadsheet = Files.writeString(dir.resolve("signals.xlsx"), "not a CSV file");
        int uploadsBefore = importIds("worker1").size();
        Page page = signIn("worker1");
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

        assertEquals(uploadsBefore, importIds("worker1").size());
        assertTrue(api("GET", "/v1/signals?size=200", "worker1", null).body().contains("EX-0001"));
        assertFalse(api("GET", "/v1/signals?size=200", "worker1", null).body().contains("W-0001"));
    }

    @Test
    @Order(3)
    void researchersAndPartnerCountriesHaveNoUploadPage() {
        for (String user : List.of("researcher1", "partner1")) {
            Page page = signIn(user);
            assertEquals(0, page.locator("[id='nav-import']").count(), user + " has no upload link");
            page.navigate(hub().baseUrl() + "/signals/import.xhtml");
            page.waitForSelector("#forbiddenText");
            Response template = page.navigate(hub().baseUrl() + "/signals/import-files/templates/signals-example.csv");
            assertEquals(403, template.status(), user + " gets no template either");
            assertEquals(403, api("GET", "/v1/signals/imports", user, null).statusCode(), user);
        }
    }

    @Test
    @Order(4)
    void importedSignalsAreReviewedAnsweredAndSeenByTheNationalCoordinator() {
        List<String> imported = new ArrayList<>();
        for (String externalRef : List.of("EX-0001", "EX-0002", "EX-0003", "EX-0004")) {
            imported.add(queuedReference("regional1", "ee-tallinn-social-services", externalRef));
        }
        String accepted = imported.get(0);
        String returned = imported.get(1);

        Page regional = signIn("regional1");
        regional.click("[id='nav-reviews']");
        regional.waitForSelector("[id='reviewQueue:reviews']");
        String queue = byId(regional, "reviewQueue:reviews").innerText();
        for (String reference : imported) {
            assertTrue(queue.contains(reference), reference + " (uploaded by worker1) waits in regional1's queue");
        }
        decide(regional, accepted, 0, null);
        assertTrue(text(regional, "reviewConfirmation").contains("Signal " + accepted + " accepted"), text(regional, "reviewConfirmation"));
        assertEquals("EX-0001", text(regional, "externalRef"));
        assertTrue(byId(regional, "children").innerText().contains("Romania"), "the two children of rows 2 and 3, without identifiers");
        assertFalse(regional.content().contains("Examplescu"), "no identifier on the signal's page");

        decide(regional, returned, 1, "Which adults were seen with the girl, and where?");
        assertTrue(text(regional, "reviewConfirmation").contains("Signal " + returned + " returned"), text(regional, "reviewConfirmation"));

        Page worker = signIn("worker1");
        worker.waitForSelector("#inbox");
        worker.locator("[id='returnedSignals'] a[id$=':open']", new Page.LocatorOptions().setHasText(returned)).click();
        worker.waitForSelector("[id='answer:send']");
        assertEquals(returned, text(worker, "reference"));
        byId(worker, "answer:message").fill("Two men in their thirties, at the bus station, on 2 August.");
        worker.click("[id='answer:send']");
        worker.waitForSelector("#reviewConfirmation");
        assertTrue(text(worker, "reviewConfirmation").contains("Your answer was sent"), text(worker, "reviewConfirmation"));
        assertTrue(text(worker, "reviewStatus").contains("Submitted"), text(worker, "reviewStatus"));

        Page national = signIn("national1");
        national.click("[id='nav-signals']");
        national.waitForSelector("[id='signalList:signals']");
        String table = byId(national, "signalList:signals").innerText();
        assertTrue(table.contains(accepted), "the accepted upload is in the national list");
        assertFalse(table.contains(returned), "the answered one waits for regional review again");
    }
}
