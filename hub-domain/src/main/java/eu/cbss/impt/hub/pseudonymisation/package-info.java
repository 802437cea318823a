/**
 * Pseudonymisation at the boundary: identifiers in, keyed linkage tokens out. Owns the
 * normalisation and the HMAC; deliberately holds no storage, so identifiers cannot be kept.
 */
package eu.cbss.impt.hub.pseudonymisation;
