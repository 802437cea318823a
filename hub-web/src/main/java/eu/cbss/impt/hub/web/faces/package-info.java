/**
 * Jakarta Faces plumbing: records read in EL by their accessors.
 *
 * <p>No page and no feature's logic.
 */
package eu.cbss.impt.hub.web.faces;
