/** The hub's pseudonymisation key, from configuration only; without it the API is not ready. */
package eu.cbss.impt.hub.pseudonymisation;
