/**
 * Organisations: the local, regional and national bodies of the professional networks, with their
 * type, level, region and network. The rules of registering and revising one, and who is let in
 * (only members of an active organisation). Owns no queries or transactions: the API's use cases do;
 * it does not manage user accounts (Keycloak does: the {@code organisation} attribute names the id).
 */
package eu.cbss.impt.hub.organisation;
