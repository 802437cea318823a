package eu.cbss.impt.hub.mse;

import static eu.cbss.impt.hub.mse.OverlapTableFileTest.shared;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.cbss.impt.hub.validation.InvalidInput;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The bootstrap that repeats the choice of model on resamples of the table (Silverman, Chan &amp; Vincent 2023). */
class ModelSelectionBootstrapTest {

    private static final OverlapTable WESTERN = shared("Western.tsv");

    private static BootstrapInterval bootstrap(OverlapTable table, SelectionRule rule, int resamples, long seed) {
        return ModelSelectionBootstrap.of(resamples, seed).run(table, rule);
    }

    @Test
    void theSameSeedGivesTheSameFigures() {
        BootstrapInterval first = bootstrap(WESTERN, SelectionRule.AIC_WALD, 300, 42);
        assertEquals(first, bootstrap(WESTERN, SelectionRule.AIC_WALD, 300, 42));
        assertEquals(42, first.seed());
        assertEquals(300, first.resamples());
        assertNotEquals(first.lower(), bootstrap(WESTERN, SelectionRule.AIC_WALD, 300, 43).lower(), "another seed, other draws");
    }

    @Test
    void theFiguresDoNotDependOnHowManyThreadsRanTheResamples() throws Exception {
        BootstrapInterval everyCore = bootstrap(WESTERN, SelectionRule.POISSON_OVERLAP, 300, 7);
        ForkJoinPool one = new ForkJoinPool(1);
        try {
            assertEquals(everyCore, one.submit(() -> bootstrap(WESTERN, SelectionRule.POISSON_OVERLAP, 300, 7)).get());
        } finally {
            one.shutdown();
        }
    }

    @ParameterizedTest
    @EnumSource(SelectionRule.class)
    void theSharesOfTheModelsAddUpToOne(SelectionRule rule) {
        BootstrapInterval b = bootstrap(WESTERN, rule, 300, ModelSelectionBootstrap.DEFAULT_SEED);
        assertEquals(1, b.models().stream().mapToDouble(BootstrapInterval.ModelShare::share).sum(), 1e-9);
        assertEquals(b.resamples() - b.noEstimate(), b.models().stream().mapToInt(BootstrapInterval.ModelShare::resamples).sum());
        for (int k = 1; k < b.models().size(); k++) {
            assertTrue(b.models().get(k - 1).resamples() >= b.models().get(k).resamples(), "most often chosen first");
        }
    }

    @Test
    void theShareOfTheModelChosenForTheTableIsReported() {
        Estimate e = MultipleSystemsEstimation.estimate(WESTERN, SelectionRule.AIC_WALD, ModelSelectionBootstrap.defaults());
        BootstrapInterval b = e.bootstrap();
        assertEquals(1, b.models().stream().filter(BootstrapInterval.ModelShare::original).count());
        BootstrapInterval.ModelShare original = b.original().orElseThrow();
        assertEquals(e.terms().stream().sorted().toList(), original.terms().stream().sorted().toList());
        assertEquals("main effects + A:E + D:E", original.model());
        assertEquals(original.share(), b.originalShare());
        assertTrue(original.share() > 0 && original.share() < 1, "Western's choice is not certain: " + original.share());
    }

    @Test
    void aShortListOfTheMostChosenModelsKeepsTheTablesOwnAndSumsUpTheRest() {
        BootstrapInterval b = bootstrap(WESTERN, SelectionRule.AIC_WALD, 300, ModelSelectionBootstrap.DEFAULT_SEED);
        assertTrue(b.models().size() > 5, "Western's resamples choose many models: " + b.models().size());
        List<BootstrapInterval.ModelShare> most = b.mostChosen(3);
        assertEquals(b.models().subList(0, 3), most.subList(0, 3));
        assertTrue(most.stream().anyMatch(BootstrapInterval.ModelShare::original));
        BootstrapInterval.OtherModels others = b.otherModels(3);
        assertEquals(b.models().size() - most.size(), others.models());
        assertEquals(1, others.share() + most.stream().mapToDouble(BootstrapInterval.ModelShare::share).sum(), 1e-9);
        assertNull(b.otherModels(b.models().size()), "none left out");
        assertEquals(List.of(b.original().orElseThrow()), b.mostChosen(0), "the table's own model, however rarely chosen");
    }

    @Test
    void theUkIntervalContainsThePointEstimate() {
        Estimate uk = MultipleSystemsEstimation.estimate(shared("UKdat_5.tsv"), SelectionRule.AIC_WALD, ModelSelectionBootstrap.defaults());
        BootstrapInterval b = uk.bootstrap();
        assertEquals(1_000, b.resamples());
        assertEquals(ModelSelectionBootstrap.DEFAULT_SEED, b.seed());
        assertEquals(0, b.noEstimate());
        assertTrue(b.lower() < uk.estimate() && uk.estimate() < b.upper(), b.lower() + " to " + b.upper());
        assertTrue(b.lower() <= b.median() && b.median() <= b.upper());
        assertTrue(b.lower() > uk.observed(), "never fewer than the cases seen");
        assertTrue(b.original().isPresent());
    }

    /** Western: AIC and Wald choose A:E and D:E (2,818), the Poisson overlap rule A:E only (2,483). */
    @ParameterizedTest
    @EnumSource(SelectionRule.class)
    void whereTheRulesDisagreeTheBootstrapIntervalIsWiderThanTheProfileInterval(SelectionRule rule) {
        assertNotEquals(MultipleSystemsEstimation.estimate(WESTERN, SelectionRule.AIC_WALD).terms(),
                MultipleSystemsEstimation.estimate(WESTERN, SelectionRule.POISSON_OVERLAP).terms());
        Estimate e = MultipleSystemsEstimation.estimate(WESTERN, rule, ModelSelectionBootstrap.defaults());
        BootstrapInterval b = e.bootstrap();
        assertTrue(b.upper() - b.lower() > e.upper() - e.lower(),
                "bootstrap " + b.lower() + " to " + b.upper() + ", profile " + e.lower() + " to " + e.upper());
        assertTrue(e.caveats().stream().anyMatch(c -> c.contains("the bootstrap interval takes it in")), e.caveats().toString());
        assertTrue(e.caveats().stream().anyMatch(c -> c.contains("which model fits is itself uncertain")), e.caveats().toString());
    }

    @Test
    void aTableWithoutAnEstimateGivesAReasonNotANumber() {
        OverlapTable everyCaseOnA = OverlapTable.over(List.of("A", "B", "C")).add(0b001, 50).add(0b011, 10).add(0b101, 5).add(0b111, 1).build();
        BootstrapInterval b = bootstrap(everyCaseOnA, SelectionRule.AIC_WALD, 100, 1);
        assertFalse(b.available());
        assertNull(b.lower());
        assertNull(b.median());
        assertNull(b.upper());
        assertEquals(List.of(), b.models());
        assertTrue(b.reason().startsWith("No bootstrap: the table itself gives no estimate"), b.reason());
        Estimate e = MultipleSystemsEstimation.estimate(everyCaseOnA, SelectionRule.AIC_WALD, ModelSelectionBootstrap.defaults());
        assertFalse(e.bootstrap().available());
    }

    /** One case on two lists and one on C: in about 60% of the resamples one of them is not drawn, and with it the estimate. */
    @Test
    void whenMostResamplesGiveNoEstimateThereIsAReasonNotANumber() {
        OverlapTable fragile = OverlapTable.over(List.of("A", "B", "C")).add(0b001, 100).add(0b010, 100).add(0b100, 1).add(0b011, 1).build();
        assertTrue(MultipleSystemsEstimation.estimate(fragile).available(), "the table itself has an estimate");
        BootstrapInterval b = bootstrap(fragile, SelectionRule.AIC_WALD, 500, 3);
        assertTrue(b.noEstimate() > 250 && b.noEstimate() < 350, "about 60% of 500: " + b.noEstimate());
        assertFalse(b.available());
        assertTrue(b.reason().startsWith("No bootstrap interval: only "), b.reason());
    }

    /** Three cases on C, none on another list: about 5% of the resamples draw none of them and have no estimate. */
    @Test
    void resamplesWithoutAnEstimateAreCountedAndLeftOut() {
        OverlapTable table = OverlapTable.over(List.of("A", "B", "C")).add(0b001, 30).add(0b010, 25).add(0b100, 3)
                .add(0b011, 12).build();
        Estimate e = MultipleSystemsEstimation.estimate(table, SelectionRule.AIC_WALD, ModelSelectionBootstrap.defaults());
        BootstrapInterval b = e.bootstrap();
        assertTrue(b.noEstimate() > 20 && b.noEstimate() < 80, "about 5% of 1,000: " + b.noEstimate());
        assertTrue(b.available());
        assertEquals(1_000 - b.noEstimate(), b.models().stream().mapToInt(BootstrapInterval.ModelShare::resamples).sum());
        assertTrue(b.basis().contains(b.noEstimate() + " of the resamples gave no estimate and are left out"), b.basis());
        assertTrue(e.caveats().stream().anyMatch(c -> c.contains("may be too narrow")), e.caveats().toString());
    }

    @Test
    void percentilesInterpolateAsRsQuantileDoes() {
        double[] sorted = {10, 20, 30, 40};
        assertEquals(25, ModelSelectionBootstrap.percentile(sorted, 0.5));
        assertEquals(10.75, ModelSelectionBootstrap.percentile(sorted, 0.025), 1e-12);
        assertEquals(39.25, ModelSelectionBootstrap.percentile(sorted, 0.975), 1e-12);
        assertEquals(40, ModelSelectionBootstrap.percentile(sorted, 1));
    }

    @Test
    void tooFewOrTooManyResamplesAreRefused() {
        assertThrows(InvalidInput.class, () -> ModelSelectionBootstrap.of(ModelSelectionBootstrap.MIN_RESAMPLES - 1, 1));
        assertThrows(InvalidInput.class, () -> ModelSelectionBootstrap.of(ModelSelectionBootstrap.MAX_RESAMPLES + 1, 1));
        assertEquals(100, ModelSelectionBootstrap.of(100, 1).resamples());
    }

    /**
     * The remembered checks rest on existence depending on which combinations have cases, not on how
     * many, and the shortcuts on exact algebra: on thinned copies of the sparse New Orleans table and
     * on random sparse four-list tables, for main effects and models of one to four interactions,
     * every check answers as the linear program does on the table's own counts.
     */
    @Test
    void theRememberedChecksAndTheShortcutsAnswerAsTheLinearProgram() {
        SplittableRandom random = new SplittableRandom(11);
        List<OverlapTable> tables = new ArrayList<>();
        for (int r = 0; r < 4; r++) tables.add(thinned(shared("NewOrl.tsv"), random));
        for (int r = 0; r < 40; r++) tables.add(sparse(random));
        int notFinite = 0;
        for (OverlapTable table : tables) {
            RememberedChecks remembered = new RememberedChecks();
            for (LogLinearModel model : smallModels(table, random)) {
                boolean byLp = Estimability.existsByLinearProgram(model);
                assertEquals(byLp, Estimability.of(model).exists(), model.describe());
                assertEquals(byLp, remembered.apply(model).exists(), model.describe());
                assertEquals(Estimability.of(model).identifiable(), remembered.apply(model).identifiable(), model.describe());
                if (!byLp) notFinite++;
            }
        }
        assertTrue(notFinite > 20, "both answers are tried: " + notFinite + " models without a finite estimate");
    }

    /** About two cases in three kept: some combinations are emptied. */
    private static OverlapTable thinned(OverlapTable table, SplittableRandom random) {
        long[] counts = new long[table.lastPattern() + 1];
        for (int p = 1; p <= table.lastPattern(); p++) {
            for (long c = 0; c < table.count(p); c++) {
                if (random.nextInt(3) > 0) counts[p]++;
            }
        }
        return table.withCounts(counts);
    }

    /** Four lists, each combination with cases one time in three. */
    private static OverlapTable sparse(SplittableRandom random) {
        OverlapTable.Builder table = OverlapTable.over(List.of("A", "B", "C", "D")).add(1 + random.nextInt(15), 1 + random.nextInt(20));
        for (int p = 1; p < 16; p++) {
            if (random.nextInt(3) == 0) table.add(p, 1 + random.nextInt(20));
        }
        return table.build();
    }

    /** Main effects, and 60 models of one to four interactions drawn at random. */
    private static List<LogLinearModel> smallModels(OverlapTable table, SplittableRandom random) {
        List<Interaction> pairs = new ArrayList<>();
        for (int a = 0; a < table.listCount(); a++) {
            for (int b = a + 1; b < table.listCount(); b++) pairs.add(Interaction.of(table, a, b));
        }
        List<LogLinearModel> models = new ArrayList<>(List.of(LogLinearModel.mainEffects(table)));
        for (int m = 0; m < 60; m++) {
            LogLinearModel model = LogLinearModel.mainEffects(table);
            for (int k = 1 + m % 4; k > 0; k--) {
                Interaction i = pairs.get(random.nextInt(pairs.size()));
                if (!model.interactions().contains(i)) model = model.with(i);
            }
            models.add(model);
        }
        return models;
    }
}
