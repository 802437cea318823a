/**
 * Signals: the vocabulary of the seeds (grades, source and information types, child situations,
 * concerns), the rules of a submission, and the pseudonymous signal and child records. Owns no
 * queries or transactions: the API's use cases do that.
 */
package eu.cbss.impt.hub.signal;
