package eu.cbss.impt.hub.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import eu.cbss.impt.hub.testing.SignalJson;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Clusters: two organisations report one child with family names one letter apart; linkage joins the
 * two accepted reports; national1 proposes the cluster as verified (refused without a rationale),
 * national2 confirms it (the proposer may not), in English and Estonian; every count says one child;
 * later national2 splits the police report off and marks the two as not the same, and a decision
 * taken meanwhile by national1 is explained in words; other roles have no cluster pages. The child and
 * the day ({@link #IONELA_DAY}) are this journey's own.
 */
class ClustersJourneyIT extends Journey {

    /** The identifiers of the child two organisations report: never on a page, in a table or in a log. */
    private static final String[] CLUSTER_IDENTIFIERS = {"Ionela", "Zamfirescu", "Zamfiresku", "2012-03-05"};
    /** The day both reports about Ionela describe, and no other signal: the signal list filtered to it holds them alone. */
    private static final String IONELA_DAY = "2025-02-13";

    /** {@code user} files a signal about Ionela (the family name as given) through the API; its id. */
    private String fileAboutIonela(String user, String familyName, String region) {
        forbid(CLUSTER_IDENTIFIERS);
        return file(user, SignalJson.valid().externalRef("E2E-CLUSTER-" + UUID.randomUUID()).grade("MAYBE")
                .concerns("BEGGING").region(region).on(IONELA_DAY).childrenCount(1)
                .children(SignalJson.child().sex("F").age(14).citizenship("RO").identifiers("Ionela", familyName, "2012-03-05"))
                .narrative("Seen begging at a tram stop on school days."));
    }

    /** The clusters of a signal as the national coordinator reads them, once linking (after the acceptance commits) has run. */
    private static List<String> clustersOf(String signalId) throws InterruptedException {
        for (int i = 0; i < 60; i++) {
            JsonNode ids = get("/v1/signals/" + signalId, "national1").path("clusterIds");
            if (ids.size() > 0) {
                List<String> result = new ArrayList<>();
                ids.forEach(id -> result.add(id.asText()));
                return result;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("signal " + signalId + " was not linked into a cluster");
    }

    private static void assertNoClusterIdentifier(Page page) {
        String content = page.content();
        for (String identifier : CLUSTER_IDENTIFIERS) {
            assertFalse(content.contains(identifier), identifier + " is on " + page.url());
        }
    }

    @Test
    void twoOrganisationsReportOneChildAndTwoNationalCoordinatorsVerifyTheCluster() throws Exception {
        String social = fileAboutIonela("worker1", "Zamfirescu", "EE001");
        String police = fileAboutIonela("worker3", "Zamfiresku", "EE008");
        accept("regional1", social);
        accept("regional2", police);
        List<String> clusters = clustersOf(social);
        assertEquals(1, clusters.size(), "one child, one cluster");
        String cluster = clusters.get(0);
        assertEquals(clusters, clustersOf(police), "the police report is linked to the social services' one");

        String policeReference;
        {
            Page page = signIn("national1");
            assertTrue(page.isVisible("[id='clusterQueue']"), "the national coordinator's home page leads to the clusters");
            page.click("[id='nav-clusters']");
            page.waitForSelector("[id='clusterQueue:clusters']");
            choose(page, "clusterFilters:kind", "CHILD");
            clickAjax(page, "clusterFilters:apply");
            Locator row = page.locator("[id='clusterQueue:clusters'] tbody tr")
                    .filter(new Locator.FilterOptions().setHas(page.locator("a[href*='" + cluster + "']")));
            row.first().waitFor();
            assertEquals(1, row.count(), "the cluster waits in the queue");
            assertFalse(byId(page, "clusterQueue:clusters").innerText().contains("Incident cluster"), "only child clusters");
            assertTrue(row.innerText().contains("Child cluster"), row.innerText());
            assertTrue(row.innerText().contains("2 organisations"), "two independent sources: " + row.innerText());
            assertNoClusterIdentifier(page);
            audit(page, "clusters awaiting verification (national1)");
            screenshot(page, "1-queue");

            row.locator("a[id$=':open']").click();
            page.waitForSelector("#reference");
            page.waitForURL("**/clusters/view.xhtml**");
            byId(page, "timeline").locator("a").nth(1).waitFor(); // both signals listed
            assertNoClusterIdentifier(page);
            String timeline = byId(page, "timeline").innerText();
            assertTrue(timeline.contains("ee-tallinn-social-services") && timeline.contains("ee-police-south"), timeline);
            policeReference = get("/v1/signals/" + police, "national1").get("reference").asText();
            assertTrue(timeline.contains(policeReference), "each signal links to its page: " + timeline);
            assertTrue(text(page, "sources").contains("2 organisations"), text(page, "sources"));
            assertTrue(text(page, "gradeExplanation").contains("2 different organisations"), text(page, "gradeExplanation"));
            assertTrue(byId(page, "links").innerText().contains("%"), "the link's similarity as a percentage: " + byId(page, "links").innerText());
            audit(page, "a cluster's page (national1)");
            screenshot(page, "2-cluster");

            // Proposed without a rationale: refused in words beside the field, nothing recorded.
            tick(page, "decide:decision:0");
            page.click("[id='decide:decideButton']");
            page.locator("[id='decide'] .ui-message-error").first().waitFor();
            assertTrue(byId(page, "decide").innerText().contains("A written rationale is required."), byId(page, "decide").innerText());
            audit(page, "a cluster's decision refused");

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

        {
            Page page = signIn("national2");
            page.click("[id='nav-clusters']");
            page.waitForSelector("[id='clusterQueue:clusters']");
            Locator row = page.locator("[id='clusterQueue:clusters'] tbody tr")
                    .filter(new Locator.FilterOptions().setHas(page.locator("a[href*='" + cluster + "']")));
            assertTrue(row.getAttribute("class").contains("proposal-pending"), "the proposal stands out: " + row.getAttribute("class"));
            assertTrue(row.innerText().contains("national1"), row.innerText());
            audit(page, "clusters with a proposal (national2)");

            row.locator("a[id$=':open']").click();
            page.waitForSelector("[id='confirm:confirmButton']");
            audit(page, "a cluster's confirmation (national2)");
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
            audit(page, "a verified cluster in Estonian (national2)");
            page.click("#lang-en");
            page.waitForSelector("html[lang='en']");

            // The signal's page links its cluster for national coordinators.
            page.navigate(hub().baseUrl() + "/signals/view.xhtml?id=" + police);
            page.waitForSelector("#reference");
            assertEquals(1, page.locator("[id='clusterIds'] a[href*='" + cluster + "']").count(), "the signal links its cluster");

            // Every count says one child: the signal list of the reports' day counts two signals as one child.
            page.navigate(hub().baseUrl() + "/signals/list.xhtml");
            page.waitForSelector("[id='signalList:signals']");
            byId(page, "filters:from_input").fill(IONELA_DAY);
            byId(page, "filters:to_input").fill(IONELA_DAY);
            page.keyboard().press("Escape");
            clickAjax(page, "filters:apply");
            assertEquals(2, page.locator("[id='signalList:signals'] tbody tr a[id$=':open']").count(), "the two reports are listed");
            String count = text(page, "signalCount");
            assertTrue(count.startsWith("One child and no incident"), count);
            assertTrue(count.contains("from 2 signals") && count.contains("Verified"), "the figure and its basis: " + count);
            audit(page, "a signal list with its count of children (national2)");
            screenshot(page, "4b-count");
        }
        assertEquals("VERIFIED", get("/v1/clusters/" + cluster, "national1").get("verification").asText());

        // Later the police report turns out to be another girl: split it off, then say the two are not the same.
        {
            Page page = signIn("national2");
            page.navigate(hub().baseUrl() + "/clusters/view.xhtml?id=" + cluster);
            page.waitForSelector("[id='split:splitButton']");
            page.locator("[id='split'] label", new Page.LocatorOptions().setHasText(policeReference)).click();
            byId(page, "split:splitRationale").fill("The police report is about her cousin, as the unit confirmed by phone.");
            page.click("[id='split:splitButton']");
            page.waitForSelector("#outcome");
            assertTrue(text(page, "outcome").contains("One signal left into the new cluster"), text(page, "outcome"));
            assertTrue(text(page, "verification").startsWith("Not verified"), "a split undoes the verification: " + text(page, "verification"));
            assertFalse(byId(page, "timeline").innerText().contains(policeReference), byId(page, "timeline").innerText());
            audit(page, "a cluster after a split (national2)");

            page.click("#newCluster");
            // the old page has the same form: wait for the new cluster's address before reading it
            page.waitForURL(url -> url.contains("id=") && !url.contains(cluster));
            page.waitForSelector("[id='separate:separateButton']");
            assertTrue(byId(page, "timeline").innerText().contains(policeReference), byId(page, "timeline").innerText());
            byId(page, "separate:otherCluster").fill("C-" + cluster.substring(0, 8).toUpperCase());
            byId(page, "separate:separationRationale").fill("Two cousins of the same age: not the same child.");
            page.click("[id='separate:separateButton']");
            page.waitForSelector("#outcome:has-text('Marked as not the same')");
            assertTrue(text(page, "outcome").contains("Marked as not the same"), text(page, "outcome"));
            assertTrue(byId(page, "history").innerText().contains("Marked as not the same"), byId(page, "history").innerText());
            assertNoClusterIdentifier(page);
            screenshot(page, "5-split-and-separated");

            // national1 dismisses the new cluster while national2 still has it open: national2 is told in words.
            String part = get("/v1/signals/" + police, "national1").path("clusterIds").get(0).asText();
            assertEquals(200, api("POST", "/v1/clusters/" + part + "/verification", "national1",
                    "{\"decision\": \"DISMISSED\", \"rationale\": \"Her cousin is already known to the police unit.\"}").statusCode());
            page.locator("[id='decide'] label", new Page.LocatorOptions().setHasText("Dismissed")).click();
            byId(page, "decide:rationale").fill("Not a case for the national level.");
            page.click("[id='decide:decideButton']");
            page.locator("[id='messages'] .ui-messages-error").first().waitFor();
            assertTrue(text(page, "messages").contains("This cluster is already dismissed"), "worded from the problem's code: " + text(page, "messages"));
            assertTrue(text(page, "verification").startsWith("Dismissed"), "the page shows the cluster as it is now: " + text(page, "verification"));
            audit(page, "a cluster's decision refused after another coordinator acted");
        }

        for (String user : List.of("worker1", "regional1")) {
            Page page = signIn(user);
            assertEquals(0, page.locator("[id='nav-clusters']").count(), "no clusters link for " + user);
            page.navigate(hub().baseUrl() + "/clusters/queue.xhtml");
            page.waitForSelector("#forbiddenText");
            page.navigate(hub().baseUrl() + "/clusters/view.xhtml?id=" + cluster);
            page.waitForSelector("#forbiddenText");
        }
    }
}
