/**
 * The few PrimeFaces renderers replaced to leave out invalid ARIA, and the response writers they use.
 */
package eu.cbss.impt.hub.web.a11y;
