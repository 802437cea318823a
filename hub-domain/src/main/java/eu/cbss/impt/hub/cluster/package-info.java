/**
 * Clusters as the hub stores them: child and incident clusters made by the linkage engine
 * ({@link eu.cbss.impt.hub.cluster.ClusterEngine}, which maps the engine's ids to stored ones), their
 * members, the evidence of their links, the coordinators' decisions (verification with maker-checker,
 * splits, "not the same"), the corroboration rule that grades a cluster from its signals, and the
 * count of distinct children and incidents with its basis ({@link eu.cbss.impt.hub.cluster.DistinctCount}).
 * Nothing here is deleted.
 *
 * <p>The matching itself is the {@code linkage} package's; queries, transactions and the engine's
 * lock are hub-api's {@code cluster} package's.
 */
package eu.cbss.impt.hub.cluster;
