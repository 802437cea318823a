package eu.cbss.impt.hub.mse;

import org.apache.commons.math3.special.Gamma;

/**
 * A Poisson regression with log link fitted by iteratively reweighted least squares (McCullagh &
 * Nelder 1989, section 2.5), started and stopped as R's {@code glm(family = poisson)} is, so that
 * deviances and AICs can be compared with the literature.
 */
final class PoissonFit {

    private static final int MAX_ITERATIONS = 100;
    private static final double TOLERANCE = 1e-10;

    private final double[][] design;
    private final double[] coefficients;
    private final double[] fitted;
    private final double deviance;
    private final double logLikelihood;
    /** Only a Wald test needs them, and only for the best candidate of a step: worked out when asked for. */
    private double[] standardErrors;

    private PoissonFit(double[][] design, double[] coefficients, double[] fitted, double deviance, double logLikelihood) {
        this.design = design;
        this.coefficients = coefficients;
        this.fitted = fitted;
        this.deviance = deviance;
        this.logLikelihood = logLikelihood;
    }

    double[] coefficients() {
        return coefficients;
    }

    double[] fitted() {
        return fitted;
    }

    double deviance() {
        return deviance;
    }

    double logLikelihood() {
        return logLikelihood;
    }

    double[] standardErrors() {
        if (standardErrors == null) standardErrors = new WeightedLeastSquares(design, fitted).standardErrors();
        return standardErrors;
    }

    static PoissonFit of(double[][] design, double[] counts) {
        int n = counts.length;
        double[] mu = new double[n];
        double[] eta = new double[n];
        for (int i = 0; i < n; i++) {
            mu[i] = counts[i] + 0.1;
            eta[i] = Math.log(mu[i]);
        }
        double deviance = deviance(counts, mu);
        double[] beta = null;
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double[] workingResponse = new double[n];
            for (int i = 0; i < n; i++) {
                workingResponse[i] = Math.sqrt(mu[i]) * (eta[i] + (counts[i] - mu[i]) / mu[i]);
            }
            beta = new WeightedLeastSquares(design, mu).solve(workingResponse);
            for (int i = 0; i < n; i++) {
                eta[i] = dot(design[i], beta);
                mu[i] = Math.exp(eta[i]);
            }
            double previous = deviance;
            deviance = deviance(counts, mu);
            if (Math.abs(deviance - previous) / (Math.abs(deviance) + 0.1) < TOLERANCE) {
                return new PoissonFit(design, beta, mu, deviance, logLikelihood(counts, mu));
            }
        }
        throw new ArithmeticException("The Poisson fit did not converge in " + MAX_ITERATIONS + " iterations.");
    }


    private static double deviance(double[] y, double[] mu) {
        double d = 0;
        for (int i = 0; i < y.length; i++) {
            d += (y[i] > 0 ? y[i] * Math.log(y[i] / mu[i]) : 0) - (y[i] - mu[i]);
        }
        return 2 * d;
    }

    private static double logLikelihood(double[] y, double[] mu) {
        double l = 0;
        for (int i = 0; i < y.length; i++) {
            l += (y[i] > 0 ? y[i] * Math.log(mu[i]) : 0) - mu[i] - Gamma.logGamma(y[i] + 1);
        }
        return l;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }
}
