package eu.cbss.impt.hub.mse;

import eu.cbss.impt.hub.mse.StepwiseSelection.Candidate;
import java.util.Locale;
import org.apache.commons.math3.distribution.PoissonDistribution;

/** How the stepwise choice ranks the interactions it could add next, and when it lets the best one in. */
public enum SelectionRule {

    /**
     * Bales, Hesketh &amp; Silverman (2015), behind the UK estimate: the lowest AIC first; it goes in
     * if it lowers the AIC and its coefficient's Wald p-value, as R's {@code summary.glm} gives it,
     * is below 0.05. Lists with no case in common are not candidates: their coefficient would run
     * to minus infinity, and the Wald test could never find it significant.
     */
    AIC_WALD(0.05) {
        @Override
        boolean considers(OverlapTable table, Interaction term) {
            return table.onBoth(term.first(), term.second()) > 0;
        }

        @Override
        double score(ModelFit current, Candidate candidate) {
            return candidate.fit().aic();
        }

        @Override
        double pValue(ModelFit current, Candidate candidate) {
            return candidate.fit().pValue(candidate.term());
        }

        @Override
        String refusal(ModelFit current, Candidate candidate, double p) {
            if (candidate.fit().aic() >= current.aic()) return "Stopped: no further interaction lowers the AIC.";
            if (p < threshold) return null;
            return "Stopped: the interaction that would lower the AIC most, " + candidate.term().name() + ", " + notSignificant(p);
        }
    },

    /**
     * SparseMSE's {@code stepwisefit} (Chan, Silverman &amp; Vincent 2021), made for sparse tables:
     * the lowest one-sided Poisson p-value of the cases on both lists, given the current model,
     * first; it goes in if that is below 0.02, even for lists that share no case.
     */
    POISSON_OVERLAP(0.02) {
        @Override
        boolean considers(OverlapTable table, Interaction term) {
            return true;
        }

        @Override
        double score(ModelFit current, Candidate candidate) {
            return pValue(current, candidate);
        }

        /** Needs only the current model's fit: the candidates are not fitted, but the one let in. */
        @Override
        double pValue(ModelFit current, Candidate candidate) {
            Interaction term = candidate.term();
            int[] cells = current.model().cells();
            double[] fitted = current.poisson().fitted();
            double expected = 0;
            for (int k = 0; k < cells.length; k++) {
                if (term.joins(cells[k])) expected += fitted[k];
            }
            int seen = Math.toIntExact(current.model().table().onBoth(term.first(), term.second()));
            PoissonDistribution overlap = new PoissonDistribution(null, expected, 1e-12, 10_000);
            double atMost = overlap.cumulativeProbability(seen);
            double atLeast = seen == 0 ? 1 : 1 - overlap.cumulativeProbability(seen - 1);
            return Math.min(atMost, atLeast);
        }

        @Override
        String refusal(ModelFit current, Candidate candidate, double p) {
            return p < threshold ? null
                    : "Stopped: the most significant remaining interaction, " + candidate.term().name() + ", " + notSignificant(p);
        }
    };

    final double threshold;

    SelectionRule(double threshold) {
        this.threshold = threshold;
    }

    abstract boolean considers(OverlapTable table, Interaction term);

    /** Lower is better. */
    abstract double score(ModelFit current, Candidate candidate);

    abstract double pValue(ModelFit current, Candidate candidate);

    /** Why the best candidate stays out, or null if it goes in. */
    abstract String refusal(ModelFit current, Candidate candidate, double p);

    String notSignificant(double p) {
        return String.format(Locale.ROOT, "is not significant (p = %.3f ≥ %.2f).", p, threshold);
    }
}
