/**
 * The national coordinators' cluster pages: the queue of clusters awaiting verification and a
 * cluster's page (its signals on a timeline, grade with its rule, sources, links, history) with the
 * acts of hub-api's {@code /v1/clusters}: verify or dismiss (a second coordinator confirms a
 * verification without an official source), split, "not the same". Clusters carry no identifier
 * and nothing here asks for one; the rules stay in hub-api, this package only shows and asks.
 */
package eu.cbss.impt.hub.web.cluster;
