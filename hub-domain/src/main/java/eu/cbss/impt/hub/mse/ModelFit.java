package eu.cbss.impt.hub.mse;

import org.apache.commons.math3.distribution.NormalDistribution;

/** A fitted log-linear model: its AIC, and the cases on no list that it implies. */
record ModelFit(LogLinearModel model, PoissonFit poisson, double aic) {

    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

    /** The dark figure: expected cases on no list, exp(intercept). */
    double unobserved() {
        return Math.exp(poisson.coefficients()[0]);
    }

    double total() {
        return model.table().observed() + unobserved();
    }

    /**
     * The two-sided Wald p-value of an interaction in this model, as R's {@code summary.glm} reports
     * it. An interaction between lists that share no case runs to minus infinity with an unbounded
     * standard error: it is never significant (p = 1).
     */
    double pValue(Interaction interaction) {
        int k = model.estimable().indexOf(interaction);
        if (k < 0) return 1;
        int column = 1 + model.table().listCount() + k;
        double z = poisson.coefficients()[column] / poisson.standardErrors()[column];
        return 2 * STANDARD_NORMAL.cumulativeProbability(-Math.abs(z));
    }
}
