/**
 * Regional review through {@code /api/v1/reviews}: a regional coordinator's queue and decisions
 * (accept, return with a question, reject), and the use cases behind answering a returned signal and
 * withdrawing one ({@code /api/v1/signals/{id}/answer}, {@code /withdrawal}), each audited in its
 * transaction.
 *
 * <p>The rules of each step are the {@code Signal}'s (hub-domain); who may take it is checked here
 * against the caller's scope. Linking an accepted signal is the {@code cluster} package's, after the
 * commit.
 */
package eu.cbss.impt.hub.review;
