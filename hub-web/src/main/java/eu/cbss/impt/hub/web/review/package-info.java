/**
 * Regional review in the UI: the regional coordinator's queue ({@code reviews/queue.xhtml}, oldest
 * first) and the calls of hub-api's review steps (accept, return with a question, reject; a social
 * worker's answer), which the signal's page offers.
 *
 * <p>Decides no step: hub-api says whether it is allowed and why not.
 */
package eu.cbss.impt.hub.web.review;
