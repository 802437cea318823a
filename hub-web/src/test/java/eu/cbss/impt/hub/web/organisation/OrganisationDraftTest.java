package eu.cbss.impt.hub.web.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.Optional;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

class OrganisationDraftTest {

    static final Organisation POLICE = new Organisation("ee-police-south", "South Prefecture (demo)", "POLICE", "LOCAL",
            "EE008", null, true, 4);

    @Test
    void aNewOrganisationSendsItsIdAndNoVersionAndIsActiveUnlessUnticked() {
        OrganisationDraft draft = OrganisationDraft.blank();
        draft.setId(" ee-tartu-school-12 ");
        draft.setName("Tartu school 12 (demo)");
        draft.setType("SCHOOL");
        draft.setLevel("LOCAL");
        draft.setRegion("EE008");
        draft.setNetwork("   ");
        JsonObject json = draft.toJson();
        assertEquals("ee-tartu-school-12", json.getString("id"));
        assertEquals("Tartu school 12 (demo)", json.getString("name"));
        assertTrue(json.getBoolean("active"));
        assertFalse(json.containsKey("network"), "a blank optional field is left out");
        assertFalse(json.containsKey("version"));
        assertFalse(draft.isExisting());
    }

    @Test
    void aChangeSendsTheVersionReadAndNotTheId() {
        OrganisationDraft draft = OrganisationDraft.of(POLICE);
        assertTrue(draft.isExisting());
        draft.setNetwork("Lõuna-Eesti child protection network");
        draft.setActive(false);
        JsonObject json = draft.toJson();
        assertFalse(json.containsKey("id"), "the id is in the address of the PUT");
        assertEquals(4, json.getInt("version"));
        assertFalse(json.getBoolean("active"));
        assertEquals("Lõuna-Eesti child protection network", json.getString("network"));
        assertEquals("POLICE", json.getString("type"));
    }

    @Test
    void anOrganisationIsReadFromTheApi() {
        Organisation o = Organisation.from(Json.createReader(new StringReader("""
                {"id":"fi-national-hub","name":"Finland's hub (demo)","type":"PARTNER_HUB","level":"NATIONAL",
                 "region":null,"active":false,"version":7,"createdAt":"2026-11-20T10:00:00Z"}
                """)).readObject());
        assertEquals(new Organisation("fi-national-hub", "Finland's hub (demo)", "PARTNER_HUB", "NATIONAL", null, null, false, 7), o);
    }

    @Test
    void anApiFieldErrorGoesBesideTheFieldOfTheSameName() {
        assertEquals(Optional.of("organisationForm:region"), OrganisationListBacking.componentFor("region"));
        assertEquals(Optional.of("organisationForm:id"), OrganisationListBacking.componentFor("id"));
        assertEquals(Optional.empty(), OrganisationListBacking.componentFor("version"), "no field: shown at the top");
        assertEquals(Optional.empty(), OrganisationListBacking.componentFor("colour"));
        assertEquals(Optional.empty(), OrganisationListBacking.componentFor(null));
    }

    @Test
    void theUserIsToldWhyTheHubRefusesThem() {
        assertEquals(null, own("ee-police-south", "South Prefecture (demo)", true).problemKey());
        assertEquals("home.organisation.inactive", own("ee-police-south", "South Prefecture (demo)", false).problemKey());
        assertEquals("home.organisation.unknown", own("ee-nowhere", null, false).problemKey());
        assertEquals("home.organisation.none", own(null, null, false).problemKey());
    }

    private static OwnOrganisation own(String id, String name, boolean active) {
        var b = Json.createObjectBuilder().add("username", "worker3").add("organisationActive", active);
        if (id != null) b.add("organisation", id);
        if (name != null) b.add("organisationName", name);
        OwnOrganisation own = OwnOrganisation.from(b.build());
        assertEquals(new OwnOrganisation(id, name, active), own);
        return own;
    }
}
