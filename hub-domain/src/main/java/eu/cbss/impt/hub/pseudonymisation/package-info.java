/**
 * Pseudonymisation at the boundary: identifiers in, keyed linkage tokens out (architecture.md,
 * rule 1). Owns the normalisation, the exact HMAC-SHA256 tokens and the hardened Bloom filter.
 *
 * <p>Deliberately holds no storage, so identifiers cannot be kept, and no key: the API supplies it
 * from configuration.
 */
package eu.cbss.impt.hub.pseudonymisation;
