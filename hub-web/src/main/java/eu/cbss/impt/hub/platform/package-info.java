/**
 * What every page stands on: the configuration keys ({@link eu.cbss.impt.hub.platform.WebSetting}),
 * the client of hub-api that passes the user's access token ({@link eu.cbss.impt.hub.platform.HubApi}),
 * problem+json errors ({@link eu.cbss.impt.hub.platform.ApiProblem}) and how the UI words them,
 * and the few PrimeFaces renderers replaced to leave out invalid ARIA (the Accessible* renderers).
 * Owns no business rules: hub-api decides what is valid and who may see what.
 */
package eu.cbss.impt.hub.platform;
