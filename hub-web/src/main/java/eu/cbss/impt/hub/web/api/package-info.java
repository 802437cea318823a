/**
 * The client of hub-api: one JAX-RS client ({@link eu.cbss.impt.hub.web.api.ApiConnection}), calls
 * with the signed-in user's access token ({@link eu.cbss.impt.hub.web.api.HubApi}), lenient JSON
 * readers, paged table models, and problem+json answers read into
 * {@link eu.cbss.impt.hub.web.api.ApiProblem} with their field errors.
 *
 * <p>Owns no business rule: hub-api decides what is valid and who may do what (architecture.md,
 * rules 10 and 11). Never logs a request or response body: they may carry identifiers.
 */
package eu.cbss.impt.hub.web.api;
