/**
 * Bulk intake from local systems: NDJSON or CSV files checked as a whole, then read row by row
 * into signal submissions, each row accepted or rejected on its own (architecture, rule 6).
 */
package eu.cbss.impt.hub.imports;
