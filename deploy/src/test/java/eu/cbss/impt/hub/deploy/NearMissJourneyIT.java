package eu.cbss.impt.hub.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * Possibly the same child: the demo's two reports of one boy (social services in Tallinn, police in
 * Tartu) carry ID numbers one digit apart, so linkage keeps them apart; national1 finds the pair in the
 * "possibly the same child" queue after {@code ./hub start}, reads it in English and Estonian, is told
 * a rationale is needed, then merges them as the same child and lands on the cluster, which holds both
 * reports and the merge in its history; other roles have no such page.
 */
class NearMissJourneyIT extends Journey {

    /** The boy's identifiers as the demo files give them: never on a page. */
    private static final List<String> IDENTIFIERS = List.of("Demo-Kristjan", "51104190011", "51104190017", "2011-04-19");

    /** A demo signal's id by its external reference, read page by page: other journeys add signals of their own. */
    private static String demoSignal(String externalRef) {
        for (int page = 0; ; page++) {
            JsonNode p = get("/v1/signals?concern=FORCED_CRIMINALITY&size=200&count=false&page=" + page, "national1");
            for (JsonNode s : p.get("items")) {
                if (s.get("externalRef").asText().equals(externalRef)) return s.get("id").asText();
            }
            if ((page + 1) * 200L >= p.get("total").asLong()) throw new AssertionError(externalRef + " is not filed and accepted");
        }
    }

    /** The open near miss between the two signals, once linking (after the acceptances commit) has found it. */
    private static JsonNode nearMissBetween(String a, String b) throws InterruptedException {
        for (int i = 0; i < 60; i++) {
            JsonNode found = StreamSupport.stream(get("/v1/near-misses?size=200", "national1").get("items").spliterator(), false)
                    .filter(n -> Set.of(a, b).equals(Set.of(n.get("signal").get("id").asText(), n.get("otherSignal").get("id").asText())))
                    .findFirst().orElse(null);
            if (found != null) return found;
            Thread.sleep(500);
        }
        throw new AssertionError("no near miss between " + a + " and " + b);
    }

    private static void assertNoIdentifier(Page page) {
        String content = page.content();
        for (String identifier : IDENTIFIERS) {
            assertFalse(content.contains(identifier), identifier + " is on " + page.url());
        }
    }

    @Test
    void aNationalCoordinatorMergesTheDemosTwoReportsOfOneBoyAsTheSameChild() throws Exception {
        String social = demoSignal("DEMO-0013");
        String police = demoSignal("DEMO-0014");
        JsonNode miss = nearMissBetween(social, police);
        assertEquals("different-id-number", miss.get("reason").asText());
        String socialReference = miss.get("signal").get("id").asText().equals(social)
                ? miss.get("signal").get("reference").asText() : miss.get("otherSignal").get("reference").asText();
        String policeReference = miss.get("signal").get("id").asText().equals(police)
                ? miss.get("signal").get("reference").asText() : miss.get("otherSignal").get("reference").asText();

        Page page = signIn("national1");
        assertTrue(page.isVisible("[id='nearMissQueue']"), "the national coordinator's home page leads to the pairs");
        page.click("[id='nav-nearMisses']");
        page.waitForURL("**/clusters/near-misses.xhtml**");
        Locator row = page.locator("[id='nearMisses'] tbody tr").filter(new Locator.FilterOptions().setHasText(socialReference));
        row.first().waitFor();
        assertTrue(row.innerText().contains(policeReference), row.innerText());
        assertTrue(row.innerText().contains("Different ID numbers"), row.innerText());
        assertNoIdentifier(page);
        audit(page, "possibly the same child (national1)");
        screenshot(page, "near-misses");

        row.locator("a[id$=':open']").click();
        page.waitForURL("**id=" + miss.get("id").asText() + "**");
        page.waitForSelector("#chosenReason");
        assertTrue(text(page, "chosenReason").contains("different ID numbers"), text(page, "chosenReason"));
        assertTrue(text(page, "pair").contains(socialReference) && text(page, "pair").contains(policeReference));
        assertNoIdentifier(page);
        audit(page, "a pair side by side (national1)");

        page.click("#lang-et");
        page.waitForSelector("html[lang='et']");
        assertTrue(text(page, "chosenReason").contains("isikukoodid"), text(page, "chosenReason"));
        assertTrue(byId(page, "resolve:sameChild").innerText().contains("Sama laps"), byId(page, "resolve:sameChild").innerText());
        audit(page, "a pair side by side in Estonian (national1)");
        page.click("#lang-en");
        page.waitForSelector("html[lang='en']");

        page.click("[id='resolve:sameChild']");
        page.waitForSelector(".ui-message-error, .ui-messages-error");
        assertTrue(page.content().contains("A written rationale is required"), "a rationale is asked for, in words: "
                + page.locator("main").innerText());
        assertEquals(1, get("/v1/near-misses?size=200", "national1").get("items").findValues("id").stream()
                .filter(id -> id.asText().equals(miss.get("id").asText())).count(), "nothing was resolved without a rationale");

        byId(page, "resolve:rationale").fill("One boy: same name, birth date and school; the police copied the ID number by hand.");
        page.click("[id='resolve:sameChild']");
        page.waitForURL("**/clusters/view.xhtml**");
        byId(page, "timeline").locator("a").nth(1).waitFor();
        String timeline = text(page, "timeline");
        assertTrue(timeline.contains(socialReference) && timeline.contains(policeReference), "both reports in one cluster: " + timeline);
        String history = text(page, "history");
        assertTrue(history.contains("national1") && history.contains("copied the ID number by hand"), history);
        assertTrue(page.content().contains("Merged as the same child"), "the page says what was done");
        assertNoIdentifier(page);
        audit(page, "the merged cluster (national1)");
        page.click("#lang-et");
        page.waitForSelector("html[lang='et']");
        audit(page, "the merged cluster in Estonian (national1)");
        screenshot(page, "merged");

        List<String> after = StreamSupport.stream(get("/v1/signals/" + social, "national1").get("clusterIds").spliterator(), false)
                .map(JsonNode::asText).toList();
        assertEquals(after, StreamSupport.stream(get("/v1/signals/" + police, "national1").get("clusterIds").spliterator(), false)
                .map(JsonNode::asText).toList(), "one child, one cluster");
        assertEquals(409, api("POST", "/v1/near-misses/" + miss.get("id").asText() + "/resolution", "national2",
                "{\"resolution\": \"NOT_THE_SAME\", \"rationale\": \"No.\"}").statusCode(), "each pair is resolved once");
    }

    @Test
    void otherRolesHaveNoSuchPage() {
        for (String user : List.of("regional1", "worker1")) {
            Page page = signIn(user);
            assertFalse(page.isVisible("[id='nav-nearMisses']"), user + " is not led to the pairs");
            page.navigate(hub().baseUrl() + "/clusters/near-misses.xhtml");
            page.waitForSelector("#forbiddenText");
        }
    }
}
