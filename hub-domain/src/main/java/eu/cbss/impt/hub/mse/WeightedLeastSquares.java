package eu.cbss.impt.hub.mse;

import org.apache.commons.math3.linear.SingularMatrixException;

/**
 * Least squares for sqrt(W) X by Householder QR, the same steps as Commons Math's
 * {@code QRDecomposition} and its solver, on plain arrays: one iteratively reweighted least-squares
 * step, and the standard errors at the end. A bootstrap solves some hundreds of thousands of these,
 * and Commons Math's copies and wrappers cost more than the arithmetic.
 */
final class WeightedLeastSquares {

    /** Column-major: {@code qr[j]} is column j; below the diagonal the Householder vectors, above it R. */
    private final double[][] qr;
    private final double[] rDiagonal;

    WeightedLeastSquares(double[][] design, double[] weights) {
        int rows = design.length;
        int columns = design[0].length;
        qr = new double[columns][rows];
        for (int i = 0; i < rows; i++) {
            double w = Math.sqrt(weights[i]);
            for (int j = 0; j < columns; j++) qr[j][i] = w * design[i][j];
        }
        rDiagonal = new double[columns];
        for (int minor = 0; minor < columns; minor++) reflect(minor);
    }

    private void reflect(int minor) {
        double[] v = qr[minor];
        double normSquared = 0;
        for (int row = minor; row < v.length; row++) normSquared += v[row] * v[row];
        double a = v[minor] > 0 ? -Math.sqrt(normSquared) : Math.sqrt(normSquared);
        rDiagonal[minor] = a;
        if (a == 0) return;
        v[minor] -= a;
        for (int column = minor + 1; column < qr.length; column++) {
            double[] c = qr[column];
            double alpha = 0;
            for (int row = minor; row < c.length; row++) alpha -= c[row] * v[row];
            alpha /= a * v[minor];
            for (int row = minor; row < c.length; row++) c[row] -= alpha * v[row];
        }
    }

    /** The coefficients that best fit {@code weightedResponse} (already multiplied by sqrt(W)); it is overwritten. */
    double[] solve(double[] weightedResponse) {
        requireFullRank();
        double[] y = weightedResponse;
        for (int minor = 0; minor < qr.length; minor++) {
            double[] v = qr[minor];
            double dot = 0;
            for (int row = minor; row < y.length; row++) dot += y[row] * v[row];
            dot /= rDiagonal[minor] * v[minor];
            for (int row = minor; row < y.length; row++) y[row] += dot * v[row];
        }
        double[] x = new double[qr.length];
        for (int row = qr.length - 1; row >= 0; row--) {
            y[row] /= rDiagonal[row];
            x[row] = y[row];
            for (int i = 0; i < row; i++) y[i] -= y[row] * qr[row][i];
        }
        return x;
    }

    /** Square roots of the diagonal of (X'WX)^-1 = R^-1 R^-T: the row norms of R^-1. */
    double[] standardErrors() {
        requireFullRank();
        int p = qr.length;
        double[][] inverse = new double[p][p];
        for (int column = 0; column < p; column++) {
            inverse[column][column] = 1 / rDiagonal[column];
            for (int row = column - 1; row >= 0; row--) {
                double sum = 0;
                for (int k = row + 1; k <= column; k++) sum += qr[k][row] * inverse[k][column];
                inverse[row][column] = -sum / rDiagonal[row];
            }
        }
        double[] se = new double[p];
        for (int j = 0; j < p; j++) {
            double sum = 0;
            for (int k = j; k < p; k++) sum += inverse[j][k] * inverse[j][k];
            se[j] = Math.sqrt(sum);
        }
        return se;
    }

    private void requireFullRank() {
        for (double d : rDiagonal) {
            if (d == 0) throw new SingularMatrixException();
        }
    }
}
