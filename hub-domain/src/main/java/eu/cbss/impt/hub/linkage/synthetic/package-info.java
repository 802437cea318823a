/**
 * Invented child records with a known truth, and pairwise quality against it, for the linkage
 * benchmark ({@code ./hub bench linkage}) and tests. Never used with real data; nobody it describes exists.
 */
package eu.cbss.impt.hub.linkage.synthetic;
