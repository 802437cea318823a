/**
 * The signal pages: filing a new signal, the list of signals the user may see, a signal's page.
 * Identifiers typed for a child live only in one request ({@link eu.cbss.impt.hub.web.signal.ChildIdentifiers})
 * and go only to hub-api; nothing here stores or logs them.
 */
package eu.cbss.impt.hub.web.signal;
