package eu.cbss.impt.hub.mse;

import java.util.ArrayList;
import java.util.List;

/**
 * Estimates the total number of cases, seen or not, from an overlap table built from anywhere (a
 * file, or the hub's clusters of a period and region): Poisson log-linear models chosen stepwise,
 * after checking that an estimate exists and is identifiable, with a 95% profile-likelihood interval
 * and, when asked for, a bootstrap interval that also owns the choice of model.
 */
public final class MultipleSystemsEstimation {

    public static final double LEVEL = 0.95;

    private MultipleSystemsEstimation() {
    }

    /** By the stepwise method of Bales, Hesketh &amp; Silverman (2015). */
    public static Estimate estimate(OverlapTable table) {
        return estimate(table, SelectionRule.AIC_WALD);
    }

    public static Estimate estimate(OverlapTable table, SelectionRule rule) {
        return estimate(table, rule, null);
    }

    /**
     * With, beside the profile interval, the bootstrap that repeats the model choice on resamples of the
     * table ({@code bootstrap} null: none).
     */
    public static Estimate estimate(OverlapTable table, SelectionRule rule, ModelSelectionBootstrap bootstrap) {
        LogLinearModel mainEffects = LogLinearModel.mainEffects(table);
        Estimability check = Estimability.of(mainEffects);
        if (!check.estimable()) {
            List<String> caveats = new ArrayList<>(List.of("No estimate: " + String.join(" ", check.reasons())));
            caveats.addAll(table.notes());
            return new Estimate(table.lists(), table.observed(), null, null, null, List.of(), mainEffects.describe(),
                    Double.NaN, check.exists(), check.identifiable(), List.of(), null, caveats,
                    bootstrap == null ? null : bootstrap.run(table, rule, null));
        }
        StepwiseSelection.Result selection = StepwiseSelection.from(mainEffects.fit(), rule);
        ModelFit chosen = selection.chosen();
        ProfileLikelihood.Interval interval = ProfileLikelihood.interval(chosen, LEVEL);
        BootstrapInterval resampled = bootstrap == null ? null : bootstrap.run(table, rule, chosen.model());
        return new Estimate(table.lists(), table.observed(), chosen.total(), interval.lower(), interval.upper(),
                chosen.model().interactions().stream().map(Interaction::name).toList(), chosen.model().describe(),
                chosen.aic(), true, true, selection.steps(), selection.stopReason(),
                Caveats.of(table, chosen, interval, selection.passedOver().size(), resampled), resampled);
    }
}
