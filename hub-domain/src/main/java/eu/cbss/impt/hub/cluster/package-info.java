/**
 * Clusters as the hub stores them: child and incident clusters made by the linkage engine, their
 * members, the coordinators' decisions (verification with maker-checker, splits, "not the same"),
 * and the corroboration rule that grades a cluster from its signals. Nothing here is deleted.
 */
package eu.cbss.impt.hub.cluster;
