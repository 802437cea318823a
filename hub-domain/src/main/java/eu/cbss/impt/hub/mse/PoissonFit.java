package eu.cbss.impt.hub.mse;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.special.Gamma;

/**
 * A Poisson regression with log link fitted by iteratively reweighted least squares (McCullagh &
 * Nelder 1989, section 2.5), started and stopped as R's {@code glm(family = poisson)} is, so that
 * deviances and AICs can be compared with the literature.
 */
record PoissonFit(double[] coefficients, double[] standardErrors, double[] fitted, double deviance, double logLikelihood) {

    private static final int MAX_ITERATIONS = 100;
    private static final double TOLERANCE = 1e-10;

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
            beta = weighted(design, mu).solve(new ArrayRealVector(workingResponse, false)).toArray();
            for (int i = 0; i < n; i++) {
                eta[i] = dot(design[i], beta);
                mu[i] = Math.exp(eta[i]);
            }
            double previous = deviance;
            deviance = deviance(counts, mu);
            if (Math.abs(deviance - previous) / (Math.abs(deviance) + 0.1) < TOLERANCE) {
                return new PoissonFit(beta, standardErrors(design, mu), mu, deviance, logLikelihood(counts, mu));
            }
        }
        throw new ArithmeticException("The Poisson fit did not converge in " + MAX_ITERATIONS + " iterations.");
    }

    /** Least squares for sqrt(W) X, W the current fitted values: one IRLS step, and the covariance at the end. */
    private static DecompositionSolver weighted(double[][] design, double[] mu) {
        double[][] a = new double[design.length][];
        for (int i = 0; i < design.length; i++) {
            double w = Math.sqrt(mu[i]);
            a[i] = new double[design[i].length];
            for (int j = 0; j < a[i].length; j++) a[i][j] = w * design[i][j];
        }
        return new QRDecomposition(new Array2DRowRealMatrix(a, false)).getSolver();
    }

    /** Square roots of the diagonal of (X'WX)^-1 = A⁺A⁺' for A = sqrt(W) X. */
    private static double[] standardErrors(double[][] design, double[] mu) {
        double[][] pseudoInverse = weighted(design, mu).getInverse().getData();
        double[] se = new double[pseudoInverse.length];
        for (int j = 0; j < se.length; j++) se[j] = Math.sqrt(dot(pseudoInverse[j], pseudoInverse[j]));
        return se;
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
