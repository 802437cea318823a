/**
 * The hub's code lists from {@code GET /v1/vocabulary} and their human words: labels from the
 * resource bundle (so they can be translated), definitions from the API as help text.
 *
 * <p>Owns no rule about codes: hub-api checks every code a page sends.
 */
package eu.cbss.impt.hub.web.vocabulary;
