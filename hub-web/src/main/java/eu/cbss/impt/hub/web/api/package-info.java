/**
 * The client of hub-api: one JAX-RS client ({@link ApiConnection}), calls with the user's access token ({@link HubApi}), lenient JSON readers, and problem+json answers read into {@link ApiProblem} with their stable {@code code}. Owns no business rules: hub-api decides what is valid and who may do what.
 */
package eu.cbss.impt.hub.web.api;
