/**
 * Multiple systems estimates from the hub's own clusters: which child clusters a figure counts (period,
 * region, verification, grade), how the filing organisations' types are grouped into lists, and the
 * overlap table they make. Hands the table to {@link eu.cbss.impt.hub.mse} and adds what the
 * figure is based on.
 *
 * <p>Owns no statistics (the engine does) and no persistence or roles (hub-api's {@code estimate}
 * package reads the clusters and allows national coordinators only). Works on facts without any
 * identifier: a cluster's kind, verification and grade, and of each current signal its organisation's
 * type, region and period.
 */
package eu.cbss.impt.hub.estimate;
