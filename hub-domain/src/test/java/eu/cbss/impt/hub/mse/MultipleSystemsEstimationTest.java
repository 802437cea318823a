package eu.cbss.impt.hub.mse;

import static eu.cbss.impt.hub.mse.OverlapTableFileTest.shared;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The engine on the literature's tables, on tables that cannot give an estimate, and on a known population. */
class MultipleSystemsEstimationTest {

    @Test
    void theUkFiveListTableGivesThePublishedEstimate() {
        Estimate uk = MultipleSystemsEstimation.estimate(shared("UKdat_5.tsv"));
        assertEquals(2744, uk.observed());
        assertEquals(List.of("LA:NG", "NG:GP", "PFNCA:GP", "LA:PFNCA", "GO:GP", "NG:GO"), uk.terms());
        assertEquals(11_313, uk.estimate(), 1);
        assertTrue(uk.lower() > 9_800 && uk.lower() < uk.estimate(), "lower " + uk.lower());
        assertTrue(uk.upper() > uk.estimate() && uk.upper() < 13_200, "upper " + uk.upper());
        assertTrue(uk.exists() && uk.identifiable());
        assertEquals(7, uk.steps().size());
        assertEquals("Stopped: no further interaction lowers the AIC.", uk.stopReason());
    }

    @Test
    void theSixListUkTableAgreesWithTheFiveListOne() {
        Estimate uk = MultipleSystemsEstimation.estimate(shared("UKdat.tsv"));
        assertTrue(uk.estimate() > 10_000 && uk.estimate() < 13_000, "estimate " + uk.estimate());
        assertTrue(uk.terms().contains("PF:NCA"), "police and NCA overlap strongly: " + uk.terms());
    }

    /** The figures of docs/estimation.md, so that a change to the engine that moves them is seen. */
    @ParameterizedTest
    @CsvSource({
        "UKdat.tsv, AIC_WALD, 7, 11418.0, 9982.3, 13181.7",
        "UKdat.tsv, POISSON_OVERLAP, 7, 11418.0, 9982.3, 13181.7",
        "UKdat_5.tsv, POISSON_OVERLAP, 6, 11313.0, 9889.2, 13063.1",
        "Ned.tsv, AIC_WALD, 6, 118738.8, 93996.5, 152806.1",
        "Ned.tsv, POISSON_OVERLAP, 8, 111139.4, 92824.5, 134627.9",
        "Ned_5.tsv, AIC_WALD, 5, 133183.6, 108704.4, 165399.6",
        "Ned_5.tsv, POISSON_OVERLAP, 6, 121521.6, 99172.2, 150986.5",
        "NewOrl.tsv, AIC_WALD, 7, 3394.1, 1415.7, 11526.6",
        "NewOrl.tsv, POISSON_OVERLAP, 1, 1183.7, 733.5, 2127.4",
        "Western.tsv, AIC_WALD, 2, 2817.8, 1841.0, 4676.9",
        "Western.tsv, POISSON_OVERLAP, 1, 2483.4, 1680.6, 3928.1",
    })
    void everySharedTableGivesTheDocumentedFigures(String file, SelectionRule rule, int terms, double estimate, double lower, double upper) {
        Estimate e = MultipleSystemsEstimation.estimate(shared(file), rule);
        assertTrue(e.exists() && e.identifiable());
        assertEquals(terms, e.terms().size(), e.terms().toString());
        assertEquals(estimate, e.estimate(), 0.1);
        assertEquals(lower, e.lower(), 0.1);
        assertEquals(upper, e.upper(), 0.1);
    }

    @Test
    void theSparseNewOrleansTableSaysHowFragileItIs() {
        Estimate newOrleans = MultipleSystemsEstimation.estimate(shared("NewOrl.tsv"));
        assertTrue(newOrleans.exists());
        assertTrue(newOrleans.caveats().stream().anyMatch(c -> c.startsWith("18 of the 28 pairs of lists have no case in common") && c.endsWith("fragile.")), newOrleans.caveats().toString());
        assertTrue(newOrleans.caveats().stream().anyMatch(c -> c.startsWith("Only 13 cases are on more than one list")));
    }

    @Test
    void sparseMsesRuleKeepsOnlyOneInteractionForNewOrleans() {
        Estimate newOrleans = MultipleSystemsEstimation.estimate(shared("NewOrl.tsv"), SelectionRule.POISSON_OVERLAP);
        assertEquals(List.of("D:E"), newOrleans.terms());
        assertEquals(1_184, newOrleans.estimate(), 1);
    }

    @Test
    void bothRulesChooseTheSameModelForTheUk() {
        Estimate uk = MultipleSystemsEstimation.estimate(shared("UKdat_5.tsv"), SelectionRule.POISSON_OVERLAP);
        assertEquals(List.of("LA:NG", "NG:GP", "PFNCA:GP", "LA:PFNCA", "GO:GP", "NG:GO"), uk.terms());
    }

    @Test
    void aListThatSeesEveryCaseGivesNoEstimate() {
        OverlapTable table = OverlapTable.over(List.of("A", "B", "C")).add(0b001, 50).add(0b011, 10).add(0b101, 5).add(0b111, 1).build();
        Estimate e = MultipleSystemsEstimation.estimate(table);
        assertFalse(e.exists());
        assertNull(e.estimate());
        assertNull(e.lower());
        assertEquals(List.of(), e.terms());
        assertEquals("No estimate: Every case is on list A, so no case shows how many cases A misses.", e.caveats().get(0));
    }

    @Test
    void listsThatNeverOverlapGiveNoEstimate() {
        OverlapTable table = OverlapTable.over(List.of("A", "B", "C")).add(0b001, 50).add(0b010, 40).add(0b100, 30).build();
        Estimate e = MultipleSystemsEstimation.estimate(table);
        assertFalse(e.available());
        assertTrue(e.caveats().get(0).startsWith("No estimate: No case is on more than one list"), e.caveats().get(0));
    }

    @Test
    void aTableDrawnFromAKnownModelRecoversItsPopulation() {
        int population = 20_000;
        OverlapTable expected = knownModel(population, null);
        Estimate e = MultipleSystemsEstimation.estimate(expected);
        assertEquals(List.of("A:B"), e.terms());
        assertEquals(population, e.estimate(), population * 0.005);
    }

    @Test
    void theIntervalCoversAKnownPopulationDrawnAtRandom() {
        int population = 20_000;
        Estimate e = MultipleSystemsEstimation.estimate(knownModel(population, new Well19937c(20150601)));
        assertTrue(e.lower() < population && population < e.upper(), e.lower() + " to " + e.upper());
    }

    /**
     * Four lists catching 20%, 30%, 15% and 25% of a population, independently except that a case on
     * A is far more likely on B (log odds +1): expected counts, or Poisson draws around them.
     */
    private static OverlapTable knownModel(int population, Well19937c random) {
        double[] logOdds = {Math.log(0.2 / 0.8), Math.log(0.3 / 0.7), Math.log(0.15 / 0.85), Math.log(0.25 / 0.75)};
        double[] weight = new double[16];
        double sum = 0;
        for (int p = 0; p < 16; p++) {
            double eta = ((p & 0b11) == 0b11) ? 1.0 : 0.0;
            for (int i = 0; i < 4; i++) eta += ((p >> i) & 1) * logOdds[i];
            weight[p] = Math.exp(eta);
            sum += weight[p];
        }
        OverlapTable.Builder table = OverlapTable.over(List.of("A", "B", "C", "D"));
        for (int p = 1; p < 16; p++) {
            double mean = population * weight[p] / sum;
            table.add(p, random == null ? Math.round(mean) : new PoissonDistribution(random, mean, 1e-12, 10_000).sample());
        }
        return table.build();
    }
}
