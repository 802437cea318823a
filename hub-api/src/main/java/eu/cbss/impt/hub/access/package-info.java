/** The caller of a request, built from the verified MP-JWT token; 401 for requests without one. */
package eu.cbss.impt.hub.access;
