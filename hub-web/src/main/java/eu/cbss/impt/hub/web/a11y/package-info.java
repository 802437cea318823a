/**
 * The few PrimeFaces renderers replaced to leave out invalid ARIA, and the response writers they use.
 *
 * <p>Changes markup only: no page, text or behaviour of a component.
 */
package eu.cbss.impt.hub.web.a11y;
