/**
 * Signing in and out (OpenID Connect code flow against Keycloak), the six roles, and the signed-in
 * user as the pages show them. Does not decide what a role may see: the pages only hide what a
 * role cannot use, and hub-api enforces it.
 */
package eu.cbss.impt.hub.web.access;
