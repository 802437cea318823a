package eu.cbss.impt.hub.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import eu.cbss.impt.hub.testing.SignalJson;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Regional review in the UI: regional1 returns a signal of worker1's organisation with a question
 * (refused without one), worker1 answers it from their inbox, regional1 accepts another; two tabs
 * deciding on one signal, the late one told in words. Each test files its own signals.
 */
class ReviewJourneyIT extends Journey {

    /** A signal of worker1's organisation about a child whose identifiers only this journey uses: its reference. */
    private String filedByWorker1() {
        forbid("Reviewina", "Questmark", "2014-04-04");
        String id = file("worker1", SignalJson.valid().externalRef("E2E-REVIEW-" + UUID.randomUUID()).on("2026-10-06")
                .childrenCount(1).children(SignalJson.child().sex("F").age(12).identifiers("Reviewina", "Questmark", "2014-04-04")));
        String reference = referenceOf(id);
        expectStored(reference);
        return reference;
    }

    @Test
    void regional1ReturnsASignalWorker1AnswersFromTheInboxAndRegional1AcceptsAnother() {
        String returned = filedByWorker1();
        String accepted = filedByWorker1();

        Page regional = signIn("regional1");
        regional.click("[id='nav-reviews']");
        regional.waitForSelector("[id='reviewQueue:reviews']");
        audit(regional, "review queue (regional1)");
        openFromQueue(regional, returned);
        audit(regional, "a signal's page with the decision panel");

        // A return without a question is refused by the API: the reason stands beside the field.
        tick(regional, "review:decision:1");
        regional.click("[id='review:decide']");
        regional.locator("[id='review'] .ui-message-error").first().waitFor();
        assertTrue(regional.isVisible("[id='review:decide']"), "nothing was decided");

        tick(regional, "review:decision:1");
        byId(regional, "review:message").fill("Which school does the child attend, and since when?");
        regional.click("[id='review:decide']");
        regional.waitForSelector("#reviewConfirmation");
        assertTrue(text(regional, "reviewConfirmation").contains("Signal " + returned + " returned"), text(regional, "reviewConfirmation"));
        assertTrue(text(regional, "reviewHistory").contains("Which school does the child attend"));
        assertFalse(regional.isVisible("[id='review:decide']"), "a decided signal has no decision panel");

        Page worker = signIn("worker1");
        worker.waitForSelector("#inbox");
        Locator inbox = worker.locator("[id='returnedSignals'] a[id$=':open']", new Page.LocatorOptions().setHasText(returned));
        assertEquals(1, inbox.count(), "the returned signal is in worker1's inbox");
        inbox.click();
        worker.waitForSelector("[id='answer:send']");
        assertEquals(returned, text(worker, "reference"));
        byId(worker, "answer:message").fill("The weekends of 5 and 12 September; the school was told on the 14th.");
        worker.click("[id='answer:send']");
        worker.waitForSelector("#reviewConfirmation");
        assertTrue(text(worker, "reviewConfirmation").contains("Your answer was sent"));
        assertTrue(text(worker, "reviewStatus").contains("Submitted"), text(worker, "reviewStatus"));
        assertTrue(text(worker, "reviewHistory").contains("school was told on the 14th"));

        decide(regional, accepted, 0, null);
        assertTrue(text(regional, "reviewConfirmation").contains("Signal " + accepted + " accepted"), text(regional, "reviewConfirmation"));
        assertTrue(text(regional, "reviewStatus").contains("Accepted"));
    }

    @Test
    void aDecisionOnASignalDecidedMeanwhileIsRefusedInWordsAndShowsTheDecision() {
        String reference = filedByWorker1();
        Page first = signIn("regional1");
        Page second = first.context().newPage();
        for (Page page : List.of(first, second)) {
            page.navigate(first.url());
            openFromQueue(page, reference);
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
        assertTrue(refusal.contains("already decided on this signal"), "worded from the problem's code: " + refusal);
        assertTrue(byId(second, "reviewHistory").innerText().contains("regional1"), "the page shows who decided");
        assertTrue(text(second, "reviewStatus").contains("Accepted"), "the page now shows the decision that won");

        String acceptedList = api("GET", "/v1/signals?size=200&reviewStatus=ACCEPTED", "national1", null).body();
        assertTrue(acceptedList.contains(reference));
    }
}
