package eu.cbss.impt.hub.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NutsRegionsTest {

    @Test
    void theShippedTableHoldsTheCbssRegions() {
        assertEquals(690, NutsRegions.cbss().size());
        assertEquals("Põhja-Eesti", NutsRegions.cbss().find("EE001").orElseThrow().name());
        assertEquals(5, NutsRegions.cbss().ofCountry("EE").stream().filter(r -> r.level() == 3).count());
    }

    @Test
    void onlyCodesInTheTableAreRegions() {
        assertTrue(RegionCode.isValid("DE111"));
        assertFalse(RegionCode.isValid("EE999"));
        assertFalse(RegionCode.isValid("ee001"));
        assertFalse(RegionCode.isValid(null));
    }

    @Test
    void countriesAreIso3166() {
        assertTrue(Countries.isValid("RO"));
        assertFalse(Countries.isValid("XX"));
        assertEquals("Estonia", Countries.name("EE"));
    }
}
