/**
 * {@code /api/v1/estimates}: multiple systems estimates of the children in a period and region, for
 * national coordinators only. Reads the current clusters' facts (no identifier leaves this package),
 * lets hub-domain's {@code estimate} package build the table and its engine estimate, and audits each
 * request. Stores nothing: an estimate is computed afresh from the clusters as they are now.
 */
package eu.cbss.impt.hub.estimate;
