/**
 * Clusters in the running hub: the linkage engine kept in memory ({@link eu.cbss.impt.hub.cluster.ClusterLinking}),
 * linking each signal after the transaction that accepted it commits, the store of clusters
 * ({@link eu.cbss.impt.hub.cluster.Clusters}), the coordinators' decisions and {@code /api/v1/clusters}.
 * The rules live in hub-domain's package of the same name.
 */
package eu.cbss.impt.hub.cluster;
