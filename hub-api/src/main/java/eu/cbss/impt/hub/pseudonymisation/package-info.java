/**
 * The hub's pseudonymisation key, from configuration only (a key file or the environment), and the
 * {@code Pseudonymiser} made with it; without the key the API is not ready and refuses to file (503).
 *
 * <p>Holds no identifier and derives no token itself: hub-domain's {@code pseudonymisation} does that
 * inside the intake transaction.
 */
package eu.cbss.impt.hub.pseudonymisation;
