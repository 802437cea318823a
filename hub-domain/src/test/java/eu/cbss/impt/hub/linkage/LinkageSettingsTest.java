package eu.cbss.impt.hub.linkage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LinkageSettingsTest {

    private final LinkageSettings rule = new LinkageSettings(0.76, 0.65, 0.85, 60, 20);

    @Test
    void aPairQualifiesByDiceOrByContainmentAboveTheCohesion() {
        assertTrue(rule.qualifies(114, 150, 150), "Dice 0.76");
        assertFalse(rule.qualifies(113, 150, 150), "Dice 0.753, overlap 0.75");
        assertTrue(rule.qualifies(85, 150, 100), "Dice 0.68, overlap 0.85: the smaller filter lies inside the larger");
        assertFalse(rule.qualifies(84, 150, 100), "overlap 0.84");
        assertFalse(rule.qualifies(60, 120, 70), "overlap 0.86 but Dice 0.63, below the cohesion");
    }

    @Test
    void exactTokensOnlyComparesNoFilters() {
        LinkageSettings exact = LinkageSettings.exactTokensOnly();
        assertTrue(exact.tables() == 0);
        assertFalse(exact.qualifies(149, 150, 150));
    }

    @Test
    void crowdedPairsMustKeepCloserTheMoreChildrenLookAlike() {
        LinkageSettings defaults = LinkageSettings.defaults();
        assertEquals(BloomBits.BITS, defaults.allowedDistance(0), "nobody else looks alike: Dice alone decides");
        assertEquals(64, defaults.allowedDistance(1));
        assertEquals(60, defaults.allowedDistance(2));
        assertEquals(56, defaults.allowedDistance(3));
        assertEquals(52, defaults.allowedDistance(4));
        assertEquals(52, defaults.allowedDistance(40));
        assertEquals(BloomBits.BITS, rule.allowedDistance(40), "the five-number constructor has no crowding rule");
        assertEquals(BloomBits.BITS, defaults.withoutCrowding().allowedDistance(40));
        assertEquals(56, defaults.withCrowding(0.62, 0, 56).allowedDistance(0), "a crowd of 0 bounds every link");
    }

    @Test
    void nearNeighboursAreKeptByTheScanBesidesThePairsThatQualify() {
        LinkageSettings defaults = LinkageSettings.defaults();
        assertTrue(defaults.near(93, 150, 150), "Dice 0.62");
        assertTrue(defaults.kept(93, 150, 150));
        assertFalse(defaults.qualifies(93, 150, 150));
        assertFalse(defaults.kept(92, 150, 150), "Dice 0.613");
        assertFalse(rule.kept(93, 150, 150), "without crowding the scan keeps only what qualifies");
    }

    @Test
    void settingsOutOfRangeAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new LinkageSettings(0.76, 0.65, 0.85, 60, 20, 0.8, 1, 64));
        assertThrows(IllegalArgumentException.class, () -> new LinkageSettings(0.76, 0.65, 0.85, 60, 20, 0.62, -1, 64));
        assertThrows(IllegalArgumentException.class, () -> new LinkageSettings(0.76, 0.65, 0.85, 60, 20, 0.62, 1, 513));
        assertThrows(IllegalArgumentException.class, () -> new LinkageSettings(0, 0, 0.85, 60, 20));
        assertThrows(IllegalArgumentException.class, () -> new LinkageSettings(0.7, 0.8, 0.85, 60, 20));
        assertThrows(IllegalArgumentException.class, () -> new LinkageSettings(0.76, 0.65, 0.85, 60, 32));
    }
}
