package eu.cbss.impt.hub.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.cbss.impt.hub.reference.RegionCode;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OrganisationTest {

    static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");
    static final OrganisationDetails POLICE = new OrganisationDetails("South Prefecture, Tartu unit (demo)",
            OrganisationType.POLICE, OrganisationLevel.LOCAL, new RegionCode("EE008"), "Lõuna-Eesti child protection network", true);

    @Test
    void aRegisteredOrganisationKeepsWhatTheAdministratorSaid() {
        Organisation o = Organisation.register(new OrganisationId("ee-police-south"), POLICE, T0);
        assertEquals("ee-police-south", o.id());
        assertEquals(POLICE, o.details());
        assertEquals(T0, o.createdAt());
        assertEquals(T0, o.updatedAt());
        assertTrue(o.active());
    }

    @Test
    void aRevisionSaysWhatChangedForTheAuditLog() {
        Organisation o = Organisation.register(new OrganisationId("ee-police-south"), POLICE, T0);
        OrganisationDetails moved = new OrganisationDetails("South Prefecture (demo)", OrganisationType.POLICE,
                OrganisationLevel.REGIONAL, new RegionCode("EE00A"), null, false);
        assertEquals("name, level=REGIONAL, region=EE00A, network, active=false", o.revise(moved, null, T0.plusSeconds(60)));
        assertEquals(moved, o.details());
        assertFalse(o.active());
        assertEquals(T0.plusSeconds(60), o.updatedAt());
        assertEquals(T0, o.createdAt());
    }

    @Test
    void deactivatingAndReactivatingIsARevisionOfActiveOnly() {
        Organisation o = Organisation.register(new OrganisationId("ee-police-south"), POLICE, T0);
        assertEquals("active=false", o.revise(POLICE.withActive(false), null, T0));
        assertEquals("active=true", o.revise(POLICE, null, T0));
    }

    @Test
    void anUnchangedRevisionTouchesNothing() {
        Organisation o = Organisation.register(new OrganisationId("ee-police-south"), POLICE, T0);
        assertEquals("", o.revise(POLICE, 0L, T0.plusSeconds(60)));
        assertEquals(T0, o.updatedAt());
    }

    @Test
    void aRevisionStartedFromAnOlderVersionIsAConflict() {
        Organisation o = Organisation.register(new OrganisationId("ee-police-south"), POLICE, T0);
        OrganisationConflict e = assertThrows(OrganisationConflict.class,
                () -> o.revise(POLICE.withActive(false), 7L, T0));
        assertTrue(e.getMessage().contains("Someone else changed the organisation 'ee-police-south'"), e.getMessage());
        assertTrue(o.active(), "nothing changed");
    }

    @Test
    void onlyAPartnerHubMayHaveNoRegion() {
        assertThrows(IllegalArgumentException.class, () -> new OrganisationDetails("x", OrganisationType.NGO,
                OrganisationLevel.LOCAL, null, null, true));
        new OrganisationDetails("Finland's hub", OrganisationType.PARTNER_HUB, OrganisationLevel.NATIONAL, null, null, true);
    }

    @Test
    void everyCodeHasALabelAndADefinition() {
        for (OrganisationType t : OrganisationType.values()) {
            assertFalse(t.label().isBlank(), t.name());
            assertTrue(t.definition().endsWith("."), t.name());
        }
        for (OrganisationLevel l : OrganisationLevel.values()) {
            assertFalse(l.label().isBlank(), l.name());
            assertTrue(l.definition().endsWith("."), l.name());
        }
    }
}
