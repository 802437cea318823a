/**
 * Signals: the vocabulary of the seeds (grades, source and information types, child situations,
 * concerns), the rules of a submission ({@link eu.cbss.impt.hub.signal.SignalSubmissionReader}), the
 * pseudonymous signal and child records, and regional review (its states, steps and history).
 *
 * <p>Owns no queries or transactions (the API's use cases do), and never keeps an identifier:
 * {@link eu.cbss.impt.hub.signal.Signal#file} turns them into tokens and drops them.
 */
package eu.cbss.impt.hub.signal;
