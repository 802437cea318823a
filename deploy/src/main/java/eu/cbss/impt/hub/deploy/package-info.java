/**
 * Running the whole hub on one machine, behind {@code ./hub}: the {@link eu.cbss.impt.hub.deploy.Hub}
 * (embedded or external PostgreSQL and Keycloak, Payara Micro with both WARs) that the launcher, the
 * end-to-end tests and the benchmarks share; the settings read from {@code HUB_*} variables; the
 * generated secrets under {@code var/secrets}; the demo organisations, signals and synthetic
 * population, loaded through the API as the demo users; the benchmarks; and {@code ./hub mse}.
 *
 * <p>Owns no rule of the hub and talks to it only as its clients do (HTTP with a user's token). It
 * creates the embedded database and its role, but never writes the hub's tables: Flyway, run by
 * hub-api, owns the schema, and the benchmarks' plain JDBC baselines use tables of their own.
 * Production manifests are not here.
 */
package eu.cbss.impt.hub.deploy;
