/**
 * The UI's languages: the language of the current view, the language links, and text from the message bundles.
 */
package eu.cbss.impt.hub.web.i18n;
