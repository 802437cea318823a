package eu.cbss.impt.hub.mse;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;

/**
 * Whether a model can give an estimate on its table, by the two checks of SparseMSE's
 * {@code checkident} (Chan, Silverman & Vincent 2021).
 *
 * <p><b>Existence</b> (Fienberg & Rinaldo 2012): the maximum likelihood estimate is finite only if
 * the model's sufficient statistics t = X'y can also be reached by expected counts that are all
 * strictly positive. The linear program maximises s subject to X'(z + s) = t, z ≥ 0, s ≥ 0; the
 * estimate exists if and only if the optimum s is positive. <b>Identifiability</b>: the design
 * matrix over the cells the model fits has full column rank.
 */
record Estimability(boolean exists, boolean identifiable, List<String> reasons) {

    /** s is 0 exactly when the estimate does not exist; the simplex leaves round-off far below this. */
    private static final double POSITIVE = 1e-9;

    boolean estimable() {
        return exists && identifiable;
    }

    static Estimability of(LogLinearModel model) {
        return of(model, exists(model), rankDeficiency(model));
    }

    static Estimability of(LogLinearModel model, boolean exists, int rankDeficiency) {
        List<String> reasons = new ArrayList<>();
        if (!exists) reasons.add(whyNotFinite(model));
        if (rankDeficiency > 0) {
            reasons.add("The model has more parameters than the combinations of lists it can use can pin down (rank short by "
                    + rankDeficiency + "), so different numbers of hidden cases fit the data equally well.");
        }
        return new Estimability(exists, rankDeficiency == 0, reasons);
    }

    /**
     * Whether the estimate is finite. The linear program decides; two exact shortcuts come first. If
     * every combination the model fits has a case, the counts themselves are the strictly positive
     * point. If the combinations with cases alone pin down every parameter (their rows of the design
     * have full column rank), no direction d can leave them unchanged (X_S d = 0) while lowering the
     * others (X d ≤ 0, X d ≠ 0), which is what a non-finite estimate needs (Fienberg &amp; Rinaldo 2012).
     */
    static boolean exists(LogLinearModel model) {
        double[][] x = model.design();
        double[] y = model.counts();
        List<double[]> withCases = new ArrayList<>();
        for (int i = 0; i < y.length; i++) {
            if (y[i] > 0) withCases.add(x[i]);
        }
        if (withCases.size() == y.length) return true;
        if (withCases.size() >= x[0].length && rank(withCases.toArray(double[][]::new)) == x[0].length) return true;
        return existsByLinearProgram(model);
    }

    /** The linear program alone, without the shortcuts. */
    static boolean existsByLinearProgram(LogLinearModel model) {
        return maximumMargin(model.design(), model.counts()) > POSITIVE;
    }

    /** How many columns of the design are short of full rank; 0 when the model is identifiable. */
    static int rankDeficiency(LogLinearModel model) {
        double[][] x = model.design();
        return x[0].length - rank(x);
    }

    /**
     * The rank of a 0/1 design, as that of its Gram matrix X′X: the same number, from a matrix of
     * whole numbers (held exactly) a tenth the size, so the singular value decomposition is cheap.
     */
    private static int rank(double[][] rows) {
        int p = rows[0].length;
        double[][] gram = new double[p][p];
        for (double[] row : rows) {
            for (int j = 0; j < p; j++) {
                if (row[j] == 0) continue;
                for (int k = j; k < p; k++) gram[j][k] += row[j] * row[k];
            }
        }
        for (int j = 0; j < p; j++) {
            for (int k = 0; k < j; k++) gram[j][k] = gram[k][j];
        }
        return new SingularValueDecomposition(new Array2DRowRealMatrix(gram, false)).getRank();
    }

    /** How many columns of the design are short of full rank; 0 when the model is identifiable. */
    /** The optimum s of the existence LP, with t scaled by the number of cases to keep the simplex well conditioned. */
    private static double maximumMargin(double[][] x, double[] y) {
        int cells = x.length;
        int parameters = x[0].length;
        double observed = 0;
        for (double c : y) observed += c;
        List<LinearConstraint> constraints = new ArrayList<>();
        for (int j = 0; j < parameters; j++) {
            double[] coefficients = new double[cells + 1];
            double t = 0;
            for (int i = 0; i < cells; i++) {
                coefficients[i] = x[i][j];
                coefficients[cells] += x[i][j];
                t += x[i][j] * y[i];
            }
            constraints.add(new LinearConstraint(coefficients, Relationship.EQ, t / observed));
        }
        double[] objective = new double[cells + 1];
        objective[cells] = 1;
        double s = new SimplexSolver().optimize(new MaxIter(100_000), new LinearObjectiveFunction(objective, 0),
                new LinearConstraintSet(constraints), GoalType.MAXIMIZE, new NonNegativeConstraint(true)).getPoint()[cells];
        return s * observed;
    }

    private static String whyNotFinite(LogLinearModel model) {
        OverlapTable table = model.table();
        for (int i = 0; i < table.listCount(); i++) {
            String list = table.lists().get(i);
            if (table.onList(i) == 0) {
                return "No case is on list " + list + ", so nothing shows how many cases it misses.";
            }
            if (table.onList(i) == table.observed()) {
                return "Every case is on list " + list + ", so no case shows how many cases " + list + " misses.";
            }
        }
        if (table.onSeveralLists() == 0) {
            return "No case is on more than one list, so nothing shows how the lists overlap: the hidden number could be anything.";
        }
        return "Some combinations of lists have too few cases for the model " + model.describe()
                + ": its maximum likelihood estimate is not finite.";
    }
}
