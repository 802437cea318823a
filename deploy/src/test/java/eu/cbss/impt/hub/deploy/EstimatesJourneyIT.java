package eu.cbss.impt.hub.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * Estimates: the national coordinator reads the multiple systems estimate of the demo population
 * with its overlap table, interval, picture and caveats; a grouping of two lists gives a reason and
 * no number; a grouping the API refuses is explained beside the field; a regional coordinator has no
 * estimates. Other journeys add children, so the figures are checked as at least the demo's.
 */
class EstimatesJourneyIT extends Journey {

    @Test
    void theNationalCoordinatorReadsTheEstimateWithItsTableIntervalAndBasisAndOthersCannot() throws Exception {
        JsonNode e = get("/v1/estimates", "national1");
        assertTrue(e.get("estimable").asBoolean(), e.toString());
        assertTrue(e.get("observed").asInt() >= DemoPopulation.CHILDREN, "the synthetic population is linked: " + e.get("observed"));
        JsonNode bootstrap = e.get("bootstrap");
        assertEquals(1000, bootstrap.get("resamples").asInt(), bootstrap.toString());
        assertEquals(1234, bootstrap.get("seed").asLong());
        assertTrue(e.get("observed").asDouble() <= bootstrap.get("lower").asDouble()
                && bootstrap.get("lower").asDouble() <= bootstrap.get("median").asDouble()
                && bootstrap.get("median").asDouble() <= bootstrap.get("upper").asDouble(), bootstrap.toString());
        double shares = bootstrap.path("otherModels").path("share").asDouble(0);
        long original = 0;
        for (JsonNode m : bootstrap.get("models")) {
            shares += m.get("share").asDouble();
            if (m.path("original").asBoolean()) original++;
        }
        assertEquals(1.0, shares, 1e-3, "the models' shares add up to one");
        assertEquals(1, original, "one model is the one chosen for the table itself");
        assertEquals(403, api("GET", "/v1/estimates", "regional1", null).statusCode());

        {
            Page page = signIn("national1");
            page.click("[id='nav-estimates']");
            page.waitForSelector("#estimateFigure");
            assertTrue(text(page, "estimateFigure").contains("95% interval"), text(page, "estimateFigure"));
            assertTrue(text(page, "bootstrapFigure").contains("Allowing for the choice of model")
                    && text(page, "bootstrapFigure").contains("95% interval"), text(page, "bootstrapFigure"));
            String shareTable = text(page, "modelShares");
            assertTrue(shareTable.contains("Share of resamples") && shareTable.contains("Yes, this one"), shareTable);
            assertTrue(text(page, "seenUnseen").contains("are on at least one list"), text(page, "seenUnseen"));
            Locator rows = page.locator("#overlapTable tbody tr");
            assertEquals((1 << e.get("lists").size()) - 1, rows.count(), "every combination of the lists, each a row");
            String header = text(page, "overlapTable");
            assertTrue(header.contains("Social services") && header.contains("Police"), header);
            assertTrue(text(page, "childClusters").contains("child clusters"), text(page, "childClusters"));
            assertTrue(page.isVisible(".estimate-picture svg"), "the picture of seen, estimate and interval");
            assertTrue(text(page, "caveats").contains("closed population"), text(page, "caveats"));
            screenshot(page, "estimate");
            audit(page, "the estimate (national1)");

            // Merging social services and the NGO leaves two lists: the reason in words, no number.
            byId(page, "estimateForm:lists").fill("welfare:SOCIAL_SERVICES,NGO;police:POLICE;school:SCHOOL");
            page.click("[id='estimateForm:compute']");
            page.waitForSelector("#noEstimate");
            assertTrue(text(page, "reason").contains("at least 3 lists"), text(page, "reason"));
            assertEquals(0, page.locator("#estimateFigure").count(), "no number without an estimate");
            assertEquals(0, page.locator("#bootstrap").count(), "no bootstrap without an estimate");
            audit(page, "no estimate, with the reason (national1)");

            // A grouping the API refuses is explained beside the field.
            byId(page, "estimateForm:lists").fill("welfare:SOCIAL_SERVICES;police:WIZARDS");
            page.click("[id='estimateForm:compute']");
            page.locator("[id='estimateForm'] .ui-message-error").first().waitFor();
            assertTrue(text(page, "estimateForm").contains("Unknown code"), text(page, "estimateForm"));
        }
        {
            Page page = signIn("regional1");
            assertEquals(0, page.locator("[id='nav-estimates']").count(), "no estimates link for a regional coordinator");
            page.navigate(hub().baseUrl() + "/estimates/view.xhtml");
            page.waitForSelector("#forbiddenText");
        }
    }
}
