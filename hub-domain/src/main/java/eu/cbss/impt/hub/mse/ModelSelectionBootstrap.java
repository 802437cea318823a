package eu.cbss.impt.hub.mse;

import eu.cbss.impt.hub.validation.InvalidInput;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.apache.commons.math3.exception.MathIllegalArgumentException;
import org.apache.commons.math3.exception.MathIllegalStateException;

/**
 * An interval that owns the uncertainty of choosing the model: the bootstrap of Silverman, Chan &amp;
 * Vincent (2023), "Bootstrapping multiple systems estimates to account for model selection".
 *
 * <p>Each resample is a nonparametric bootstrap of the table, as in the paper and SparseMSE's
 * {@code estimatepopulation}: a multinomial draw of the observed number of cases over the observed
 * combinations of lists, in the observed proportions (so a combination with no case never gets one,
 * and the total is fixed). On each, the same {@link SelectionRule} chooses the model again, from main
 * effects, with the same existence and identifiability checks; the estimate is that model's total.
 * The interval is the 2.5th and 97.5th percentiles of those estimates (interpolated as R's
 * {@code quantile} does by default), beside their median and the share of resamples that chose each
 * model.
 *
 * <p>A resample on which not even the main-effects model has a finite, identifiable estimate (a list
 * drew no case, or every case fell on one list, or on one list each) is counted in
 * {@code noEstimate} and left out of the percentiles and the shares: its "estimate" would be 0 or
 * unbounded for reasons of the draw, not of the model. If that is more than half the resamples,
 * there is no interval, and a reason instead.
 *
 * <p>The resamples are drawn from one seed, each from a generator split off in turn, and processed on
 * every core; the figures depend on the seed alone, not on which thread ran which resample.
 */
public final class ModelSelectionBootstrap {

    public static final int DEFAULT_RESAMPLES = 1_000;
    /** SparseMSE's default seed number; the generator differs from R's, so its draws are not R's. */
    public static final long DEFAULT_SEED = 1234;
    /** With fewer, the 2.5th and 97.5th percentiles rest on one or two resamples each. */
    public static final int MIN_RESAMPLES = 100;
    public static final int MAX_RESAMPLES = 100_000;

    private final int resamples;
    private final long seed;

    private ModelSelectionBootstrap(int resamples, long seed) {
        this.resamples = resamples;
        this.seed = seed;
    }

    public static ModelSelectionBootstrap of(int resamples, long seed) {
        if (resamples < MIN_RESAMPLES || resamples > MAX_RESAMPLES) {
            throw new InvalidInput("bootstrap", String.format(Locale.ROOT, "The bootstrap needs %,d to %,d resamples; %,d were asked for.",
                    MIN_RESAMPLES, MAX_RESAMPLES, resamples));
        }
        return new ModelSelectionBootstrap(resamples, seed);
    }

    /** 1,000 resamples from seed 1234. */
    public static ModelSelectionBootstrap defaults() {
        return new ModelSelectionBootstrap(DEFAULT_RESAMPLES, DEFAULT_SEED);
    }

    public int resamples() {
        return resamples;
    }

    public long seed() {
        return seed;
    }

    /** Chooses the table's own model by {@code rule}, then bootstraps the choice. */
    public BootstrapInterval run(OverlapTable table, SelectionRule rule) {
        LogLinearModel mainEffects = LogLinearModel.mainEffects(table);
        if (!Estimability.of(mainEffects).estimable()) return run(table, rule, null);
        return run(table, rule, StepwiseSelection.from(mainEffects.fit(), rule).chosen().model());
    }

    /** {@code chosen}: the model the rule chose for the table itself; null when the table has no estimate. */
    BootstrapInterval run(OverlapTable table, SelectionRule rule, LogLinearModel chosen) {
        if (chosen == null) {
            return new BootstrapInterval(resamples, seed, rule, table.observed(), null, null, null, 0, List.of(),
                    "No bootstrap: the table itself gives no estimate, so there is nothing to resample around.");
        }
        long[] seeds = new SplittableRandom(seed).longs(resamples).toArray();
        Draw draw = new Draw(table);
        RememberedChecks checks = new RememberedChecks();
        Outcome[] outcomes = IntStream.range(0, resamples).parallel()
                .mapToObj(i -> outcome(draw.resample(new SplittableRandom(seeds[i])), rule, checks))
                .toArray(Outcome[]::new);
        return summarise(table, rule, chosen.inListOrder().describe(), outcomes);
    }

    /**
     * A resample's estimate and the model chosen for it, described with its interactions in list order;
     * all null when it has none. Words, not the model: a model holds its resample and design.
     */
    private record Outcome(Double estimate, String model, List<String> terms) {

        static final Outcome NONE = new Outcome(null, null, null);

        static Outcome of(double estimate, LogLinearModel model) {
            LogLinearModel ordered = model.inListOrder();
            return new Outcome(estimate, ordered.describe(), ordered.interactions().stream().map(Interaction::name).toList());
        }
    }

    private static Outcome outcome(OverlapTable resample, SelectionRule rule, RememberedChecks checks) {
        LogLinearModel mainEffects = LogLinearModel.mainEffects(resample);
        if (!checks.apply(mainEffects).estimable()) return Outcome.NONE;
        try {
            ModelFit chosen = StepwiseSelection.from(mainEffects.fit(), rule, checks).chosen();
            double total = chosen.total();
            return Double.isFinite(total) ? Outcome.of(total, chosen.model()) : Outcome.NONE;
        } catch (ArithmeticException | MathIllegalArgumentException | MathIllegalStateException e) {
            return Outcome.NONE; // a fit that does not converge on this draw: no estimate from it
        }
    }

    private BootstrapInterval summarise(OverlapTable table, SelectionRule rule, String original, Outcome[] outcomes) {
        double[] estimates = Arrays.stream(outcomes).filter(o -> o.estimate() != null).mapToDouble(Outcome::estimate).sorted().toArray();
        int noEstimate = outcomes.length - estimates.length;
        Map<String, List<Outcome>> byModel = new LinkedHashMap<>();
        for (Outcome o : outcomes) {
            if (o.estimate() != null) byModel.computeIfAbsent(o.model(), k -> new ArrayList<>()).add(o);
        }
        List<BootstrapInterval.ModelShare> models = new ArrayList<>();
        byModel.forEach((name, chosen) -> models.add(new BootstrapInterval.ModelShare(name,
                chosen.get(0).terms(), chosen.size(),
                chosen.size() / (double) estimates.length, name.equals(original))));
        models.sort(Comparator.comparingInt(BootstrapInterval.ModelShare::resamples).reversed()
                .thenComparing(BootstrapInterval.ModelShare::model));
        if (2 * noEstimate > outcomes.length) {
            return new BootstrapInterval(resamples, seed, rule, table.observed(), null, null, null, noEstimate, models, String.format(
                    Locale.ROOT, "No bootstrap interval: only %,d of the %,d resamples gave an estimate; the table is too sparse "
                            + "for its resamples to say how uncertain the estimate is.", estimates.length, outcomes.length));
        }
        return new BootstrapInterval(resamples, seed, rule, table.observed(), percentile(estimates, 0.025), percentile(estimates, 0.5),
                percentile(estimates, 0.975), noEstimate, models, null);
    }

    /** R's default (type 7): linear interpolation between the order statistics around (n − 1) p. */
    static double percentile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int below = (int) Math.floor(h);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (h - below) * (sorted[above] - sorted[below]);
    }

    /** Multinomial draws of the table's total over its non-empty combinations, in their proportions. */
    private static final class Draw {

        private final OverlapTable table;
        private final int[] patterns;
        /** cumulative[k]: cases in the first k + 1 non-empty combinations. */
        private final long[] cumulative;
        private final long total;

        Draw(OverlapTable table) {
            this.table = table;
            this.patterns = table.support().stream().toArray();
            this.cumulative = new long[patterns.length];
            long sum = 0;
            for (int k = 0; k < patterns.length; k++) {
                sum += table.count(patterns[k]);
                cumulative[k] = sum;
            }
            this.total = sum;
        }

        /** Each of the {@code total} cases falls in a combination with probability count / total. */
        OverlapTable resample(SplittableRandom random) {
            long[] counts = new long[table.lastPattern() + 1];
            for (long c = 0; c < total; c++) {
                int k = Arrays.binarySearch(cumulative, random.nextLong(total) + 1);
                counts[patterns[k < 0 ? -k - 1 : k]]++;
            }
            return table.withCounts(counts);
        }
    }
}
