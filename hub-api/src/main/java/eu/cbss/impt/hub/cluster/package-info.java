/**
 * Clusters in the running hub: the linkage engine kept in memory ({@link eu.cbss.impt.hub.cluster.ClusterLinking}),
 * linking each signal after the transaction that accepted it commits, the store of clusters
 * ({@link eu.cbss.impt.hub.cluster.Clusters}), the coordinators' decisions and {@code /api/v1/clusters}.
 *
 * <p>The rules (matching, verification, corroboration) live in hub-domain's {@code linkage} and
 * {@code cluster} packages; here they are only run, stored and audited.
 */
package eu.cbss.impt.hub.cluster;
