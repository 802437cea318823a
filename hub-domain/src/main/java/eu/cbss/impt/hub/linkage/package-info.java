/**
 * Linkage: which child records of accepted signals describe the same child ({@link
 * eu.cbss.impt.hub.linkage.LinkageIndex}), and which signals without child records describe the same
 * incident ({@link eu.cbss.impt.hub.linkage.IncidentIndex}); coordinators split clusters and mark
 * them "not the same", for good. Pure and in memory: records and decisions in, clusters and evidence
 * out. It deliberately owns no storage, transaction or API, and never sees an identifier: only the
 * keyed tokens of {@code pseudonymisation}. Method, parameters and measurements: {@code docs/linkage.md}.
 */
package eu.cbss.impt.hub.linkage;
