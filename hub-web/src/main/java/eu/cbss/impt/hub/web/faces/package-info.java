/**
 * Jakarta Faces plumbing: records read in EL by their accessors.
 */
package eu.cbss.impt.hub.web.faces;
