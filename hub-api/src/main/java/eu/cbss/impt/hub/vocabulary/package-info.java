/**
 * {@code /api/v1/vocabulary}: every code a client may send, with its label and definition, and the
 * regions and countries, so that no client needs the domain's code.
 *
 * <p>Owns no code list: they are hub-domain's enums and reference data, served as they are.
 */
package eu.cbss.impt.hub.vocabulary;
