/**
 * Multiple systems estimation: how many children at risk no list has seen, from how the lists
 * (sources grouped, by default, by organisation type) overlap.
 *
 * <p>Owns the overlap table and reading it from a file, the Poisson log-linear models, the
 * stepwise choice of Bales, Hesketh &amp; Silverman (2015), the existence and identifiability
 * checks of Chan, Silverman &amp; Vincent (2021), the profile-likelihood interval, and the bootstrap
 * that repeats the choice of model on resamples of the table (Silverman, Chan &amp; Vincent 2023). It does not
 * build tables from the hub's clusters ({@link eu.cbss.impt.hub.estimate} does), store estimates or
 * decide who may see them: callers pass an {@link eu.cbss.impt.hub.mse.OverlapTable} built from anywhere. See docs/estimation.md.
 */
package eu.cbss.impt.hub.mse;
