/**
 * RFC 9457 problem details: one small mapper per kind of failure (invalid input with its field
 * errors, not found, conflict, forbidden, unavailable, unexpected).
 *
 * <p>Decides no rule: the domain's exceptions say what is wrong, in words for a person. Never puts a
 * stack trace, a class name or a submitted value in a response.
 */
package eu.cbss.impt.hub.problem;
