package eu.cbss.impt.hub.mse;

import java.util.List;

/**
 * What multiple systems estimation says about one overlap table.
 *
 * @param observed     cases seen on at least one list
 * @param estimate     observed plus the estimated cases on no list; null when no estimate exists
 * @param lower        lower end of the 95% profile-likelihood interval for the total; null without an estimate
 * @param upper        upper end; null without an estimate or when the likelihood does not bound it
 * @param terms        the two-list interactions of the chosen model, such as {@code LA:NG}
 * @param model        the chosen model in words, such as "main effects + LA:NG"
 * @param aic          the chosen model's AIC; NaN without an estimate
 * @param exists       whether the chosen (or, failing that, the main-effects) model has a finite estimate
 * @param identifiable whether its parameters are identifiable from the table
 * @param steps        how the model was chosen, step by step
 * @param stopReason   why the stepwise choice stopped; null without an estimate
 * @param caveats      what a reader should know before quoting the figure, in plain words
 * @param bootstrap    the interval that also owns the choice of model, with the share of resamples
 *                     choosing each model; null when not asked for
 */
public record Estimate(List<String> lists, long observed, Double estimate, Double lower, Double upper,
                       List<String> terms, String model, double aic, boolean exists, boolean identifiable,
                       List<Step> steps, String stopReason, List<String> caveats, BootstrapInterval bootstrap) {

    public Estimate {
        lists = List.copyOf(lists);
        terms = List.copyOf(terms);
        steps = List.copyOf(steps);
        caveats = List.copyOf(caveats);
    }

    /** The same estimate with this bootstrap beside it (its caveats unchanged). */
    public Estimate withBootstrap(BootstrapInterval other) {
        return new Estimate(lists, observed, estimate, lower, upper, terms, model, aic, exists, identifiable, steps, stopReason,
                caveats, other);
    }

    /** Whether there is a number to quote at all. */
    public boolean available() {
        return estimate != null;
    }
}
