/**
 * How the API runs: the JAX-RS application and its login config, every configuration key
 * ({@link eu.cbss.impt.hub.platform.ApiSettings}), the data source, Flyway at start-up, readiness,
 * the clock, reading a request body as one bounded JSON object, and the OpenAPI description's filter.
 *
 * <p>Holds no business rule and no feature's endpoint; secrets come only from the environment or
 * files named by configuration, never from here.
 */
package eu.cbss.impt.hub.platform;
