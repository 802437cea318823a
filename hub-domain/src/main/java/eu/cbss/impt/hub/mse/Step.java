package eu.cbss.impt.hub.mse;

/**
 * One step of the stepwise choice of a model: the interaction added ({@code null} for the starting
 * main-effects model), the AIC after it, the p-value that let it in ({@code NaN} at the start) and
 * the estimated total at that point.
 */
public record Step(Interaction added, double aic, double pValue, double estimate) {
}
