package eu.cbss.impt.hub.estimate;

import eu.cbss.impt.hub.mse.BootstrapInterval;
import eu.cbss.impt.hub.mse.Estimate;
import eu.cbss.impt.hub.mse.ModelSelectionBootstrap;
import eu.cbss.impt.hub.mse.MultipleSystemsEstimation;
import eu.cbss.impt.hub.mse.OverlapTable;
import eu.cbss.impt.hub.mse.SelectionRule;
import eu.cbss.impt.hub.validation.InvalidInput;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * A multiple systems estimate of the children in a period and region, from the hub's child clusters:
 * the overlap table, and the engine's estimate on it (Bales, Hesketh &amp; Silverman's stepwise
 * choice, the existence and identifiability checks, the profile-likelihood interval and, when asked
 * for, the bootstrap that repeats the choice of model), or why there is none.
 *
 * @param estimate the engine's answer; null when there was no table to give it
 * @param reason   why there is no number, in plain words; null when there is one
 * @param caveats  what to know before quoting it: the grouping's notes, then the engine's caveats
 */
public record ClusterEstimate(ClusterOverlap overlap, Estimate estimate, String reason, List<String> caveats) {

    /** The engine starts its caveats with this when the estimate does not exist or is not identifiable. */
    private static final String NO_ESTIMATE = "No estimate: ";
    /**
     * The most resamples one estimate may ask for: 2,000 resamples of a 6-list table take about 13 s of
     * processor time (docs/estimation.md), and a request should not take longer.
     */
    public static final int MAX_RESAMPLES = 2_000;
    /**
     * Tables of more lists are not bootstrapped in a request: 1,000 resamples of 8 lists take about
     * 16 s of processor time, of 10 lists hours. {@code ./hub mse --bootstrap} has no such limit.
     */
    public static final int BOOTSTRAP_MAX_LISTS = 6;

    public ClusterEstimate {
        caveats = List.copyOf(caveats);
    }

    /** Without a bootstrap. */
    public static ClusterEstimate of(EstimateQuery query, Collection<ClusterFacts> clusters) {
        return of(query, clusters, 0);
    }

    /**
     * With a bootstrap of {@code resamples} resamples (0: none; otherwise
     * {@link ModelSelectionBootstrap#MIN_RESAMPLES} to {@link #MAX_RESAMPLES}) from the default seed,
     * on tables of at most {@link #BOOTSTRAP_MAX_LISTS} lists.
     */
    public static ClusterEstimate of(EstimateQuery query, Collection<ClusterFacts> clusters, int resamples) {
        if (resamples != 0 && (resamples < ModelSelectionBootstrap.MIN_RESAMPLES || resamples > MAX_RESAMPLES)) {
            throw new InvalidInput("bootstrap", String.format(Locale.ROOT, "Must be 0 (no bootstrap) or %,d to %,d resamples.",
                    ModelSelectionBootstrap.MIN_RESAMPLES, MAX_RESAMPLES));
        }
        ClusterOverlap overlap = ClusterOverlap.of(query, clusters);
        List<String> caveats = new ArrayList<>(overlap.notes());
        if (overlap.table().isEmpty()) {
            return new ClusterEstimate(overlap, null, overlap.unavailable(), caveats);
        }
        OverlapTable table = overlap.table().get();
        Estimate estimate;
        if (resamples > 0 && table.listCount() > BOOTSTRAP_MAX_LISTS) {
            estimate = MultipleSystemsEstimation.estimate(table);
            estimate = estimate.withBootstrap(BootstrapInterval.notRun(resamples, ModelSelectionBootstrap.DEFAULT_SEED,
                    SelectionRule.AIC_WALD, table.observed(), "Not run on a table of " + table.listCount() + " lists: in the hub the "
                            + "bootstrap runs on at most " + BOOTSTRAP_MAX_LISTS + ", as its time grows steeply with more (1,000 "
                            + "resamples of 8 lists take about a quarter of a minute of processor time, of 10 lists hours). Group "
                            + "organisation types into fewer lists, or run ./hub mse --bootstrap on the table."));
        } else {
            estimate = MultipleSystemsEstimation.estimate(table, SelectionRule.AIC_WALD,
                    resamples == 0 ? null : ModelSelectionBootstrap.of(resamples, ModelSelectionBootstrap.DEFAULT_SEED));
        }
        String reason = null;
        for (String caveat : estimate.caveats()) {
            if (!estimate.available() && reason == null && caveat.startsWith(NO_ESTIMATE)) {
                reason = "There is no estimate. " + caveat.substring(NO_ESTIMATE.length());
            } else {
                caveats.add(caveat);
            }
        }
        return new ClusterEstimate(overlap, estimate, reason, caveats);
    }

    /** Whether there is a number to quote. */
    public boolean estimable() {
        return estimate != null && estimate.available();
    }
}
