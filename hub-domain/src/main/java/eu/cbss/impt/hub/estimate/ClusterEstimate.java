package eu.cbss.impt.hub.estimate;

import eu.cbss.impt.hub.mse.Estimate;
import eu.cbss.impt.hub.mse.MultipleSystemsEstimation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A multiple systems estimate of the children in a period and region, from the hub's child clusters:
 * the overlap table, and the engine's estimate on it (Bales, Hesketh &amp; Silverman's stepwise
 * choice, the existence and identifiability checks, the profile-likelihood interval), or why there is none.
 *
 * @param estimate the engine's answer; null when there was no table to give it
 * @param reason   why there is no number, in plain words; null when there is one
 * @param caveats  what to know before quoting it: the grouping's notes, then the engine's caveats
 */
public record ClusterEstimate(ClusterOverlap overlap, Estimate estimate, String reason, List<String> caveats) {

    /** The engine starts its caveats with this when the estimate does not exist or is not identifiable. */
    private static final String NO_ESTIMATE = "No estimate: ";

    public ClusterEstimate {
        caveats = List.copyOf(caveats);
    }

    public static ClusterEstimate of(EstimateQuery query, Collection<ClusterFacts> clusters) {
        ClusterOverlap overlap = ClusterOverlap.of(query, clusters);
        List<String> caveats = new ArrayList<>(overlap.notes());
        if (overlap.table().isEmpty()) {
            return new ClusterEstimate(overlap, null, overlap.unavailable(), caveats);
        }
        Estimate estimate = MultipleSystemsEstimation.estimate(overlap.table().get());
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
