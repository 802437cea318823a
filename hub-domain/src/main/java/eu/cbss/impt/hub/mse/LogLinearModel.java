package eu.cbss.impt.hub.mse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Collectors;

/**
 * The Poisson log-linear model of an overlap table: an intercept (the log of the expected number
 * of cases on no list), a main effect per list and some two-list interactions.
 *
 * <p>An interaction between lists that share no case has a maximum likelihood estimate of minus
 * infinity. As in SparseMSE's {@code buildmodel}, such a model is fitted without the cells it
 * forces to zero, and the interaction still counts as a parameter in the AIC.
 */
final class LogLinearModel {

    private final OverlapTable table;
    private final List<Interaction> interactions;
    /** Worked out once: the stepwise search and the bootstrap ask for them many times. */
    private final List<Interaction> estimable;
    private final int[] cells;
    private double[][] design;

    private LogLinearModel(OverlapTable table, List<Interaction> interactions) {
        this.table = table;
        this.interactions = List.copyOf(interactions);
        this.estimable = this.interactions.stream().filter(i -> !hasEmptyOverlap(i)).toList();
        int[] empty = this.interactions.stream().filter(this::hasEmptyOverlap).mapToInt(Interaction::mask).toArray();
        this.cells = IntStream.rangeClosed(1, table.lastPattern()).filter(p -> {
            for (int mask : empty) {
                if ((p & mask) == mask) return false;
            }
            return true;
        }).toArray();
    }

    static LogLinearModel mainEffects(OverlapTable table) {
        return new LogLinearModel(table, List.of());
    }

    LogLinearModel with(Interaction added) {
        List<Interaction> more = new ArrayList<>(interactions);
        more.add(added);
        return new LogLinearModel(table, more);
    }

    /** The same model with its interactions in list order: one model, one description, whatever order the search added them in. */
    LogLinearModel inListOrder() {
        return new LogLinearModel(table, interactions.stream()
                .sorted(Comparator.comparingInt(Interaction::first).thenComparingInt(Interaction::second)).toList());
    }

    OverlapTable table() {
        return table;
    }

    List<Interaction> interactions() {
        return interactions;
    }

    boolean hasEmptyOverlap(Interaction interaction) {
        return table.onBoth(interaction.first(), interaction.second()) == 0;
    }

    /** The interactions with a finite estimate: those whose lists share at least one case. */
    List<Interaction> estimable() {
        return estimable;
    }

    /** The patterns the fit uses: all but those an empty-overlap interaction forces to zero. Not to be changed. */
    int[] cells() {
        return cells;
    }

    /** The design row of a pattern; pattern 0 (cases on no list) has the intercept only. */
    double[] row(int pattern) {
        List<Interaction> columns = estimable;
        int lists = table.listCount();
        double[] row = new double[1 + lists + columns.size()];
        row[0] = 1;
        for (int i = 0; i < lists; i++) row[1 + i] = (pattern >> i) & 1;
        for (int k = 0; k < columns.size(); k++) row[1 + lists + k] = columns.get(k).joins(pattern) ? 1 : 0;
        return row;
    }

    /** One row per cell; shared, not to be changed. */
    double[][] design() {
        if (design == null) {
            double[][] x = new double[cells.length][];
            for (int i = 0; i < cells.length; i++) x[i] = row(cells[i]);
            design = x;
        }
        return design;
    }

    double[] counts() {
        double[] y = new double[cells.length];
        for (int i = 0; i < cells.length; i++) y[i] = table.count(cells[i]);
        return y;
    }

    /** Intercept, main effects and every interaction, including those estimated at minus infinity. */
    int parameterCount() {
        return 1 + table.listCount() + interactions.size();
    }

    ModelFit fit() {
        PoissonFit poisson = PoissonFit.of(design(), counts());
        return new ModelFit(this, poisson, 2 * parameterCount() - 2 * poisson.logLikelihood());
    }

    /** Such as "main effects + LA:NG + NG:GP". */
    String describe() {
        if (interactions.isEmpty()) return "main effects";
        return "main effects + " + interactions.stream().map(Interaction::name).collect(Collectors.joining(" + "));
    }
}
