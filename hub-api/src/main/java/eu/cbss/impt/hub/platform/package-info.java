/**
 * How the API runs: the JAX-RS application and its login config, configuration keys, the data
 * source, Flyway at start-up, readiness, JSON bodies, the OpenAPI description's filter. Holds no
 * business rule.
 */
package eu.cbss.impt.hub.platform;
