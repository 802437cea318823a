package eu.cbss.impt.hub.mse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the bootstrap of the whole model choice says about one table ({@link ModelSelectionBootstrap}).
 *
 * @param resamples  resamples drawn (asked for, when the bootstrap was not run)
 * @param seed       the seed they were drawn with: the same seed gives the same figures
 * @param rule       the selection rule rerun on each resample, the one that chose the table's model
 * @param observed   cases seen, the total of every resample
 * @param lower      2.5th percentile of the resamples' estimates; null when there is no interval
 * @param median     their median; null when there is no interval
 * @param upper      97.5th percentile; null when there is no interval
 * @param noEstimate resamples on which even the main-effects model has no finite, identifiable
 *                   estimate: left out of the percentiles and of the shares
 * @param models     each model chosen on some resample, most often chosen first, with its share of the
 *                   resamples that gave an estimate (the shares add up to 1)
 * @param reason     why there is no interval, in plain words; null when there is one
 */
public record BootstrapInterval(int resamples, long seed, SelectionRule rule, long observed, Double lower, Double median,
        Double upper, int noEstimate, List<ModelShare> models, String reason) {

    /** The two percentiles are those of a 95% interval. */
    public static final double LEVEL = 0.95;

    /**
     * A model and how often the search chose it.
     *
     * @param model     as the stepwise search describes it, interactions in list order, such as "main effects + LA:NG + NG:GP"
     * @param terms     its two-list interactions, in list order
     * @param resamples resamples on which it was chosen
     * @param share     their share of the resamples that gave an estimate
     * @param original  whether it is the model chosen for the table itself
     */
    public record ModelShare(String model, List<String> terms, int resamples, double share, boolean original) {
        public ModelShare {
            terms = List.copyOf(terms);
        }
    }

    public BootstrapInterval {
        models = List.copyOf(models);
    }

    /** A bootstrap that was not run, and why, in plain words. */
    public static BootstrapInterval notRun(int resamples, long seed, SelectionRule rule, long observed, String reason) {
        return new BootstrapInterval(resamples, seed, rule, observed, null, null, null, 0, List.of(), reason);
    }

    /** Whether there is an interval to quote. */
    public boolean available() {
        return lower != null;
    }

    /** The model chosen for the table itself, with its share; empty if no resample chose it. */
    public Optional<ModelShare> original() {
        return models.stream().filter(ModelShare::original).findFirst();
    }

    /** Models left out of a short list of the most chosen: how many, and the share of resamples that chose one of them. */
    public record OtherModels(int models, double share) {
    }

    /** The {@code n} models most often chosen, and the table's own model if it is not among them, most chosen first. */
    public List<ModelShare> mostChosen(int n) {
        List<ModelShare> most = new ArrayList<>(models.subList(0, Math.min(n, models.size())));
        original().filter(o -> !most.contains(o)).ifPresent(most::add);
        return most;
    }

    /** The models {@link #mostChosen(int)} leaves out; null when it leaves out none. */
    public OtherModels otherModels(int n) {
        List<ModelShare> most = mostChosen(n);
        List<ModelShare> rest = models.stream().filter(m -> !most.contains(m)).toList();
        return rest.isEmpty() ? null : new OtherModels(rest.size(), rest.stream().mapToDouble(ModelShare::share).sum());
    }

    /** The share of resamples that chose the table's own model: 0 when none did. */
    public double originalShare() {
        return original().map(ModelShare::share).orElse(0.0);
    }

    /** How the interval was made, in one paragraph of plain words. */
    public String basis() {
        StringBuilder words = new StringBuilder(String.format(Locale.ROOT,
                "The 2.5th and 97.5th percentiles of the estimates from %,d resamples of the table, each drawn as %,d cases "
                        + "over the combinations of lists seen, in the proportions seen (a multinomial draw), with the model "
                        + "chosen afresh on each by the same rule (Silverman, Chan & Vincent 2023); seed %d.",
                resamples, observed, seed));
        if (noEstimate > 0) {
            words.append(String.format(Locale.ROOT, " %,d of the resamples gave no estimate and %s left out.", noEstimate,
                    noEstimate == 1 ? "is" : "are"));
        }
        return words.toString();
    }
}
