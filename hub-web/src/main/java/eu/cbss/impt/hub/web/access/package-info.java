/**
 * Signing in and out (OpenID Connect code flow against Keycloak, logout ending the Keycloak session
 * too) and the signed-in user as the pages show them ({@link eu.cbss.impt.hub.web.access.CurrentUser}:
 * name, roles from hub-domain's {@code access.Role}, organisation, region, country).
 *
 * <p>Does not decide what a role may see or do: the pages only hide what a role can never use, and
 * hub-api enforces it (architecture.md, rule 11).
 */
package eu.cbss.impt.hub.web.access;
