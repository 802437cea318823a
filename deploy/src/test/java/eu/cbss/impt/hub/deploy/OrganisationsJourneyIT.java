package eu.cbss.impt.hub.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The organisation register: the hub administrator registers (a refused region explained beside the
 * field), renames and deactivates an organisation of their own making; others have no such page; the
 * member of a deactivated organisation is told why on their home page. That member is worker2 of the
 * NGO, whom no other journey signs in as, so that the minute of deactivation disturbs no one.
 */
class OrganisationsJourneyIT extends Journey {

    /** The organisation as the API has it, with {@code active} set: the body of a PUT. */
    private static String withActive(String id, boolean active) {
        ObjectNode o = (ObjectNode) get("/v1/organisations/" + id, "admin1");
        o.remove(List.of("createdAt", "updatedAt"));
        return o.put("active", active).toString();
    }

    @Test
    void theHubAdministratorRegistersChangesAndDeactivatesAnOrganisationAndOthersCannot() {
        String id = "ee-e2e-school-" + UUID.randomUUID().toString().substring(0, 8);
        Page page = signIn("admin1");
        assertTrue(page.isVisible("[id='adminOrganisations']"), "the administrator's home page leads to the organisations");
        page.click("[id='nav-organisations']");
        page.waitForSelector("[id='organisationList:organisations']");
        assertTrue(byId(page, "organisationList:organisations").textContent().contains("ee-police-south"), "the demo organisations");
        audit(page, "organisations (admin1)");

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
        audit(page, "a new organisation's form");
        page.click("[id='organisationForm:save']");

        // The API refuses a whole country as a local school's region: its words stand beside the field.
        page.locator("[id='organisationForm'] .ui-message-error").first().waitFor();
        assertTrue(page.content().contains("region inside the country"), "the region rule is explained");
        assertEquals("Tartu Kesklinna School (demo)", byId(page, "organisationForm:name").inputValue(), "nothing typed is lost");
        audit(page, "a new organisation's form refused");
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

        JsonNode stored = get("/v1/organisations/" + id, "admin1");
        assertEquals("Tartu Kesklinna Gymnasium (demo)", stored.get("name").asText());
        assertEquals("EE008", stored.get("region").asText());
        assertFalse(stored.get("active").asBoolean());

        Page worker = signIn("worker1");
        assertEquals(0, worker.locator("[id='nav-organisations']").count(), "no link for a social worker");
        worker.navigate(hub().baseUrl() + "/organisations/list.xhtml");
        worker.waitForSelector("#forbiddenText");
    }

    @Test
    void theMemberOfADeactivatedOrganisationIsToldWhyOnTheHomePage() {
        String ngo = "ee-ngo-lifeline-tallinn";
        assertEquals(200, api("PUT", "/v1/organisations/" + ngo, "admin1", withActive(ngo, false)).statusCode());
        try {
            Page page = signIn("worker2");
            page.waitForSelector("#organisationProblem");
            assertTrue(text(page, "organisationProblem").contains("has been deactivated"), text(page, "organisationProblem"));
            assertFalse(page.isVisible("#signalsSection"));
            audit(page, "home of a deactivated organisation's member");
        } finally {
            assertEquals(200, api("PUT", "/v1/organisations/" + ngo, "admin1", withActive(ngo, true)).statusCode());
        }
        assertEquals(200, api("GET", "/v1/signals", "worker2", null).statusCode(), "reactivated");
    }
}
