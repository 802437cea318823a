package eu.cbss.impt.hub.mse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses the two-list interactions of the model stepwise: start from main effects; at each step
 * fit the model with each interaction the {@link SelectionRule} considers, rank them by the rule,
 * and add the best if the rule lets it in; otherwise stop. A candidate whose model fails the
 * existence or identifiability check is passed over, as in SparseMSE's {@code stepwisefit}.
 */
final class StepwiseSelection {

    record Result(ModelFit chosen, List<Step> steps, String stopReason, Map<String, String> passedOver) {
    }

    private record Candidate(Interaction term, ModelFit fit, double score) {
    }

    private StepwiseSelection() {
    }

    static Result from(ModelFit start, SelectionRule rule) {
        OverlapTable table = start.model().table();
        ModelFit current = start;
        List<Step> steps = new ArrayList<>(List.of(new Step(null, start.aic(), Double.NaN, start.total())));
        Map<String, String> passedOver = new LinkedHashMap<>();
        while (true) {
            Candidate best = null;
            for (Interaction term : candidates(table, current.model(), rule)) {
                LogLinearModel model = current.model().with(term);
                Estimability check = Estimability.of(model);
                if (!check.estimable()) {
                    passedOver.putIfAbsent(term.name(), String.join(" ", check.reasons()));
                    continue;
                }
                ModelFit fit = model.fit();
                double score = rule.score(current, fit, term);
                if (best == null || score < best.score()) best = new Candidate(term, fit, score);
            }
            if (best == null) return new Result(current, steps, "Stopped: no further interaction can be fitted.", passedOver);
            double p = rule.pValue(current, best.fit(), best.term());
            String refusal = rule.refusal(current, best.fit(), best.term(), p);
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
