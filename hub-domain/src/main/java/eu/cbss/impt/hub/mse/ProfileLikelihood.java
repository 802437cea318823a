package eu.cbss.impt.hub.mse;

import java.util.Arrays;
import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.apache.commons.math3.special.Gamma;

/**
 * The profile-likelihood interval for the total number of cases under a fitted model (Cormack 1992),
 * computed as Rcapture's {@code closedpCI.t} does: for a total N, the N − n hidden cases are put in
 * the cell of no list, the model is refitted, and the multinomial profile log-likelihood is
 * −deviance/2 plus Cormack's correction. The interval holds the N within χ²₁(level)/2 of its maximum.
 */
final class ProfileLikelihood {

    /** How far above the estimate an upper limit is looked for before it is called unbounded. */
    private static final double UPPER_SEARCH_FACTOR = 1000;

    private final double[][] design;
    private final double[] counts;
    private final double observed;

    private ProfileLikelihood(LogLinearModel model) {
        double[][] x = model.design();
        double[] y = model.counts();
        design = Arrays.copyOf(x, x.length + 1);
        design[x.length] = model.row(0);
        counts = Arrays.copyOf(y, y.length + 1);
        observed = model.table().observed();
    }

    /** Lower and upper limits; the upper is null when none is found below 1,000 times the estimate. */
    record Interval(double lower, Double upper, boolean lowerIsObserved) {
    }

    static Interval interval(ModelFit fit, double level) {
        return new ProfileLikelihood(fit.model()).interval(fit.total(), level);
    }

    private Interval interval(double estimate, double level) {
        double drop = new ChiSquaredDistribution(null, 1).inverseCumulativeProbability(level) / 2;
        double peak = new BrentOptimizer(1e-10, 1e-6).optimize(new MaxEval(500), GoalType.MAXIMIZE,
                new UnivariateObjectiveFunction(this::logLikelihood),
                new SearchInterval(observed, observed + 1.5 * (estimate - observed) + 1)).getPoint();
        double threshold = logLikelihood(peak) - drop;
        UnivariateFunction above = n -> logLikelihood(n) - threshold;
        BrentSolver solver = new BrentSolver(1e-6);
        boolean lowerIsObserved = above.value(observed) >= 0;
        double lower = lowerIsObserved ? observed : solver.solve(500, above, observed, peak);
        double far = peak;
        while (above.value(far) > 0) {
            if (far > UPPER_SEARCH_FACTOR * estimate) return new Interval(lower, null, lowerIsObserved);
            far = observed + 2 * (far - observed) + 1;
        }
        return new Interval(lower, solver.solve(500, above, peak, far), lowerIsObserved);
    }

    /** Cormack's multinomial profile log-likelihood of the total {@code n}, up to a constant. */
    private double logLikelihood(double total) {
        double hidden = total - observed;
        counts[counts.length - 1] = hidden;
        double deviance = PoissonFit.of(design, counts).deviance();
        double correction = (hidden > 0 ? hidden * Math.log(hidden) : 0) - Gamma.logGamma(hidden + 1)
                + Gamma.logGamma(total + 1) - total * Math.log(total);
        return -deviance / 2 + correction;
    }
}
