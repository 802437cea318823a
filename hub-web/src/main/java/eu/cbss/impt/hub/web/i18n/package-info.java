/**
 * The UI's languages: the language of the current view, the language links, and text from the
 * message bundles (the UI's own words and the codes' labels).
 *
 * <p>Translates nothing that comes from hub-api: the codes' definitions and hub-api's messages are
 * shown as hub-api sends them.
 */
package eu.cbss.impt.hub.web.i18n;
