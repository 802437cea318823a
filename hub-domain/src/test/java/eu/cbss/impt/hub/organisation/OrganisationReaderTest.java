package eu.cbss.impt.hub.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.cbss.impt.hub.validation.FieldError;
import eu.cbss.impt.hub.validation.InvalidInput;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class OrganisationReaderTest {

    static JsonObject tallinn(Consumer<JsonObjectBuilder> change) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("id", "ee-tallinn-social-services")
                .add("name", "  Tallinn Social Welfare and Health Care Department  ")
                .add("type", "SOCIAL_SERVICES")
                .add("level", "LOCAL")
                .add("region", "EE001")
                .add("network", "Põhja-Eesti child protection network");
        change.accept(b);
        return b.build();
    }

    private static Set<String> fields(Runnable read) {
        InvalidInput e = assertThrows(InvalidInput.class, read::run);
        return e.errors().stream().map(FieldError::field).collect(Collectors.toSet());
    }

    @Test
    void aValidRegistrationIsReadTrimmedAndActiveByDefault() {
        OrganisationReader.Registration r = OrganisationReader.registration(tallinn(b -> { }));
        assertEquals("ee-tallinn-social-services", r.id().value());
        assertEquals("Tallinn Social Welfare and Health Care Department", r.details().name());
        assertEquals(OrganisationType.SOCIAL_SERVICES, r.details().type());
        assertEquals(OrganisationLevel.LOCAL, r.details().level());
        assertEquals("EE001", r.details().region().value());
        assertEquals("Põhja-Eesti child protection network", r.details().network());
        assertTrue(r.details().active());
        assertFalse(OrganisationReader.registration(tallinn(b -> b.add("active", false))).details().active());
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        InvalidInput e = assertThrows(InvalidInput.class, () -> OrganisationReader.registration(Json.createObjectBuilder()
                .add("id", "EE Tallinn!").add("name", " ").add("type", "CHURCH").add("level", "COUNTY")
                .add("region", "Tallinn").add("network", "x".repeat(201)).add("active", "yes").add("colour", "red")
                .build()));
        assertEquals(Set.of("id", "name", "type", "level", "region", "network", "active", "colour"),
                e.errors().stream().map(FieldError::field).collect(Collectors.toSet()));
        assertTrue(e.getMessage().startsWith("The organisation is not valid: 8 fields need correcting"), e.getMessage());
        assertFalse(e.errors().stream().anyMatch(f -> f.message().contains("Tallinn!")), "messages never repeat the value");
    }

    @Test
    void theIdIsTheTokensOrganisationClaim() {
        for (String bad : new String[] {"a", "-starts-with-hyphen", "Upper-case", "with space", "under_score", "x".repeat(101)}) {
            assertEquals(Set.of("id"), fields(() -> OrganisationReader.registration(tallinn(b -> b.add("id", bad)))), bad);
        }
        for (String good : new String[] {"ee", "ee-police-south", "1st-school", "x".repeat(100)}) {
            assertEquals(good, OrganisationReader.registration(tallinn(b -> b.add("id", good))).id().value());
        }
        assertEquals(Set.of("id"), fields(() -> OrganisationReader.registration(tallinn(b -> b.remove("id")))));
    }

    @Test
    void aRegionIsRequiredExceptForAPartnerHub() {
        assertEquals(Set.of("region"), fields(() -> OrganisationReader.registration(tallinn(b -> b.remove("region")))));
        OrganisationReader.Registration partner = OrganisationReader.registration(tallinn(b -> b.add("id", "fi-national-hub")
                .add("type", "PARTNER_HUB").add("level", "NATIONAL").remove("region")));
        assertNull(partner.details().region());
        assertEquals("FI", OrganisationReader.registration(tallinn(b -> b.add("type", "PARTNER_HUB")
                .add("level", "NATIONAL").add("region", "FI"))).details().region().value());
    }

    @Test
    void aNationalOrganisationMayGiveItsCountryALocalOneNeedsARegionInsideIt() {
        assertEquals("EE", OrganisationReader.registration(tallinn(b -> b.add("type", "NATIONAL_COORDINATION")
                .add("level", "NATIONAL").add("region", "EE"))).details().region().value());
        assertEquals(Set.of("region"), fields(() -> OrganisationReader.registration(tallinn(b -> b.add("region", "EE")))));
        assertEquals(Set.of("region"), fields(() -> OrganisationReader.registration(tallinn(b -> b.add("level", "REGIONAL")
                .add("region", "EE")))));
        assertEquals(Set.of("region"), fields(() -> OrganisationReader.registration(tallinn(b -> b.add("region", "ee001")))));
        assertEquals(Set.of("region"), fields(() -> OrganisationReader.registration(tallinn(b -> b.add("region", "FR101")))),
                "France is not a CBSS country");
    }

    @Test
    void aNewOrganisationHasNoVersion() {
        assertEquals(Set.of("version"), fields(() -> OrganisationReader.registration(tallinn(b -> b.add("version", 0)))));
    }

    @Test
    void aRevisionMayLeaveOutIdAndActiveButCannotChangeTheId() {
        OrganisationReader.Revision r = OrganisationReader.revision("ee-tallinn-social-services",
                tallinn(b -> b.remove("id").add("version", 3)));
        assertNull(r.active(), "left out: stays as it is");
        assertEquals(3L, r.expectedVersion());
        assertTrue(r.applyTo(true).active());
        assertFalse(r.applyTo(false).active());
        assertFalse(OrganisationReader.revision("ee-tallinn-social-services", tallinn(b -> b.add("active", false)))
                .applyTo(true).active());
        assertNull(OrganisationReader.revision("ee-tallinn-social-services", tallinn(b -> { })).expectedVersion());
        assertEquals(Set.of("id"), fields(() -> OrganisationReader.revision("ee-tallinn-social-services",
                tallinn(b -> b.add("id", "ee-tallinn-other")))));
        assertEquals(Set.of("version"), fields(() -> OrganisationReader.revision("ee-tallinn-social-services",
                tallinn(b -> b.add("version", -1)))));
        assertEquals(Set.of("name", "type"), fields(() -> OrganisationReader.revision("ee-tallinn-social-services",
                tallinn(b -> b.remove("name").remove("type")))));
    }
}
