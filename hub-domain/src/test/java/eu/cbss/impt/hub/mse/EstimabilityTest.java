package eu.cbss.impt.hub.mse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The existence and identifiability checks give what SparseMSE's documentation says of its data set
 * Artificial_3 (Table 2 of Chan, Silverman &amp; Vincent): A and B overlap, C overlaps neither.
 */
class EstimabilityTest {

    private static final OverlapTable ARTIFICIAL_3 = OverlapTable.over(List.of("A", "B", "C"))
            .add(0b001, 40).add(0b010, 30).add(0b100, 20).add(0b011, 6).build();

    private static Estimability check(int... pairs) {
        LogLinearModel model = LogLinearModel.mainEffects(ARTIFICIAL_3);
        for (int k = 0; k < pairs.length; k += 2) model = model.with(Interaction.of(ARTIFICIAL_3, pairs[k], pairs[k + 1]));
        return Estimability.of(model);
    }

    @Test
    void mainEffectsAndTheEmptyOverlapsAloneAreEstimable() {
        assertTrue(check().estimable());
        assertTrue(check(0, 2).estimable());
        assertTrue(check(1, 2).estimable());
        assertTrue(check(0, 2, 1, 2).estimable());
    }

    @Test
    void withTheOverlapOfAAndBTheEstimateIsNotFinite() {
        Estimability ab = check(0, 1);
        assertFalse(ab.exists());
        assertTrue(ab.identifiable());
        assertTrue(ab.reasons().get(0).contains("not finite"), ab.reasons().get(0));
        assertFalse(check(0, 1, 0, 2).exists());
        assertFalse(check(0, 1, 1, 2).exists());
    }

    @Test
    void withEveryInteractionTheModelIsNotIdentifiable() {
        Estimability all = check(0, 1, 0, 2, 1, 2);
        assertTrue(all.exists());
        assertFalse(all.identifiable());
        assertEquals(1, all.reasons().size());
    }

    @Test
    void aListWithNoCaseIsNamed() {
        OverlapTable silentList = OverlapTable.over(List.of("A", "B", "C")).add(0b001, 40).add(0b010, 30).add(0b011, 6).build();
        Estimability check = Estimability.of(LogLinearModel.mainEffects(silentList));
        assertFalse(check.exists());
        assertEquals("No case is on list C, so nothing shows how many cases it misses.", check.reasons().get(0));
    }
}
