/**
 * Bulk intake from local systems: NDJSON or CSV files checked as a whole (size, encoding, header,
 * delimiter), then read row by row into signal submissions through the same
 * {@link eu.cbss.impt.hub.signal.SignalSubmissionReader} as the API, each signal accepted or rejected
 * on its own with its errors mapped back to rows and columns (architecture.md, rule 6); the
 * template, the examples and the import's record.
 *
 * <p>Owns no transaction, thread or storage of the file (hub-api's {@code imports} does), and no
 * rule of a signal: a row breaks exactly the rules a body would.
 */
package eu.cbss.impt.hub.imports;
