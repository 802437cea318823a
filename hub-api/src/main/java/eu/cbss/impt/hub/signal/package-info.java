/**
 * The signal use cases behind {@code /api/v1/signals}: filing (one transaction with its audit entry,
 * acknowledged only after the commit), reading and listing within the caller's scope with the
 * distinct count of children and incidents behind every list, the repository of signals, and their
 * JSON representations.
 *
 * <p>The rules themselves live in hub-domain's package of the same name; review steps are the
 * {@code review} package's, linking the {@code cluster} package's.
 */
package eu.cbss.impt.hub.signal;
