/**
 * Reading JSON by hand ({@link eu.cbss.impt.hub.validation.JsonFields}) and the failures every
 * feature shares: invalid input with every field error at once, not found, conflict. The API turns
 * them into problem+json (docs/adr/0004-request-bodies-read-by-hand.md).
 *
 * <p>Knows no feature's rules (each reader does) and nothing of HTTP; its messages never repeat a
 * submitted value.
 */
package eu.cbss.impt.hub.validation;
