/**
 * Organisations in the UI: the hub administrator's register ({@code organisations/list.xhtml}: table,
 * form, deactivate and reactivate) and whether the signed-in user's own organisation lets them use
 * the hub (from {@code GET /v1/me}, told on the home page). Calls only hub-api, with the user's token.
 */
package eu.cbss.impt.hub.web.organisation;
