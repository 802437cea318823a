/** {@code /api/v1/vocabulary}: the codes clients may send, so that no client needs the domain's code. */
package eu.cbss.impt.hub.vocabulary;
