package eu.cbss.impt.hub.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import eu.cbss.impt.hub.testing.SignalJson;
import java.util.UUID;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Filing a signal: worker1 files one through the API and one in the form (refused rules explained
 * beside their fields, a narrative naming the child held back); who sees them, in the API and the UI,
 * in English and Estonian; signing out; the filing pages meet WCAG 2.1 AA for axe-core.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FilingJourneyIT extends Journey {

    /** Identifiers that must never be found anywhere but in the requests that carry them. */
    private static final String API_FAMILY_NAME = "Quendolyn-Marsh";
    private static final String UI_FAMILY_NAME = "Tiberiusova";

    private static String apiSignalId;
    private static String uiSignalReference;

    @Test
    @Order(1)
    void aSignalFiledThroughTheApiIsSeenByTheNationalCoordinatorOnly() {
        forbid(API_FAMILY_NAME, "2013-02-17", "Zephyrine", "leaving a shopping centre");
        apiSignalId = file("worker1", SignalJson.valid().externalRef("E2E-API-" + UUID.randomUUID())
                .grade("MAYBE").informationType("EMERGING_ISSUE").concerns("SEXUAL_EXPLOITATION").on("2026-09-12")
                .childrenCount(1)
                .children(SignalJson.child().sex("F").age(13).citizenship("EE").identifiers("Zephyrine", API_FAMILY_NAME, "2013-02-17"))
                .narrative("Seen leaving a shopping centre with older men on several Saturdays."));

        assertEquals(200, api("GET", "/v1/signals/" + apiSignalId, "national1", null).statusCode());
        assertEquals(404, api("GET", "/v1/signals/" + apiSignalId, "worker3", null).statusCode());
        assertEquals(403, api("GET", "/v1/signals/" + apiSignalId, "partner1", null).statusCode());
        assertEquals(403, api("GET", "/v1/signals", "partner1", null).statusCode());
    }

    @Test
    @Order(2)
    void worker1FilesASignalInTheFormAndSeesItInTheirTable() {
        forbid(UI_FAMILY_NAME, "2012-11-09", "begging near the old town gate");
        Page page = signIn("worker1");
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
        expectStored(uiSignalReference);
        assertFalse(page.content().contains(UI_FAMILY_NAME), "the signal page shows no identifier");
        assertTrue(byId(page, "narrative").textContent().contains("A boy begging near the old town gate on school days."),
                "the signal page shows the narrative, decrypted for its author");

        page.click("[id='nav-signals']");
        page.waitForSelector("[id='signalList:signals']");
        assertTrue(byId(page, "signalList:signals").textContent().contains(uiSignalReference));
    }

    @Test
    @Order(3)
    void theNationalCoordinatorSeesBothSignalsAndSigningOutEndsTheKeycloakSession() {
        String apiReference = referenceOf(apiSignalId);
        // Through the API too: national1 sees both (still pending review), worker3 neither.
        String national = api("GET", "/v1/signals?includePending=true&size=200", "national1", null).body();
        assertTrue(national.contains(uiSignalReference) && national.contains(apiReference), national);
        String police = api("GET", "/v1/signals?size=200", "worker3", null).body();
        assertFalse(police.contains(uiSignalReference) || police.contains(apiReference), police);

        Page page = signIn("national1");
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
        page.navigate(hub().baseUrl() + "/");
        page.waitForURL(url -> url.startsWith(hub().keycloakUrl()));
        assertTrue(page.isVisible("#username"), "after sign-out Keycloak asks for the password again");
    }

    @Test
    @Order(4)
    void anotherOrganisationCannotOpenTheSignalInTheUi() {
        Page page = signIn("worker3");
        page.navigate(hub().baseUrl() + "/signals/view.xhtml?id=" + apiSignalId);
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

    @Test
    @Order(5)
    void everyFilingPageMeetsWcag21AaForAxe() {
        Page page = signIn("worker1");
        audit(page, "home (worker1)");

        page.click("[id='nav-new-signal']");
        page.waitForSelector("[id='signalForm:submit']");
        audit(page, "new signal");

        // with a child's row open, submitted empty: every message beside its field and in the summary
        page.click("[id='signalForm:addChild']");
        page.waitForSelector("[id='signalForm:children:0:age']");
        page.click("[id='signalForm:submit']");
        page.locator(".ui-message-error").first().waitFor();
        audit(page, "new signal, submitted empty");

        page.click("[id='nav-signals']");
        page.waitForSelector("[id='signalList:signals']");
        audit(page, "signal list (worker1)");

        page.navigate(hub().baseUrl() + "/signals/view.xhtml?id=" + apiSignalId);
        page.waitForSelector("#reference");
        audit(page, "a signal's page");

        Page national = signIn("national1");
        national.click("[id='nav-signals']");
        national.waitForSelector("[id='signalList:signals']");
        audit(national, "signal list (national1)");

        national.click("#logout");
        national.waitForSelector("#loggedOutText");
        audit(national, "signed out");
    }
}
