package eu.cbss.impt.hub.mse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Chooses the two-list interactions of the model stepwise: start from main effects; at each step
 * rank each interaction the {@link SelectionRule} considers by the rule, and add the best if the
 * rule lets it in; otherwise stop. A candidate whose model fails the existence or identifiability
 * check is passed over, as in SparseMSE's {@code stepwisefit}.
 */
final class StepwiseSelection {

    record Result(ModelFit chosen, List<Step> steps, String stopReason, Map<String, String> passedOver) {
    }

    /** A model the search could move to; fitted only if the rule needs its fit, at most once. */
    static final class Candidate {

        private final Interaction term;
        private final LogLinearModel model;
        private ModelFit fit;

        private Candidate(Interaction term, LogLinearModel model) {
            this.term = term;
            this.model = model;
        }

        Interaction term() {
            return term;
        }

        ModelFit fit() {
            if (fit == null) fit = model.fit();
            return fit;
        }
    }

    private StepwiseSelection() {
    }

    static Result from(ModelFit start, SelectionRule rule) {
        return from(start, rule, Estimability::of);
    }

    /** With the existence and identifiability check given, such as one that remembers its answers. */
    static Result from(ModelFit start, SelectionRule rule, Function<LogLinearModel, Estimability> checks) {
        OverlapTable table = start.model().table();
        ModelFit current = start;
        List<Step> steps = new ArrayList<>(List.of(new Step(null, start.aic(), Double.NaN, start.total())));
        Map<String, String> passedOver = new LinkedHashMap<>();
        while (true) {
            Candidate best = null;
            double bestScore = Double.NaN;
            for (Interaction term : candidates(table, current.model(), rule)) {
                LogLinearModel model = current.model().with(term);
                Estimability check = checks.apply(model);
                if (!check.estimable()) {
                    passedOver.putIfAbsent(term.name(), String.join(" ", check.reasons()));
                    continue;
                }
                Candidate candidate = new Candidate(term, model);
                double score = rule.score(current, candidate);
                if (best == null || score < bestScore) {
                    best = candidate;
                    bestScore = score;
                }
            }
            if (best == null) return new Result(current, steps, "Stopped: no further interaction can be fitted.", passedOver);
            double p = rule.pValue(current, best);
            String refusal = rule.refusal(current, best, p);
            if (refusal != null) return new Result(current, steps, refusal, passedOver);
            current = best.fit();
            steps.add(new Step(best.term(), current.aic(), p, current.total()));
        }
    }

    private static List<Interaction> candidates(OverlapTable table, LogLinearModel model, SelectionRule rule) {
        List<Interaction> candidates = new ArrayList<>();
        for (int a = 0; a < table.listCount(); a++) {
            for (int b = a + 1; b < table.listCount(); b++) {
                Interaction i = Interaction.of(table, a, b);
                if (!model.interactions().contains(i) && rule.considers(table, i)) candidates.add(i);
            }
        }
        return candidates;
    }
}
