/**
 * The signal use cases behind {@code /api/v1/signals}: filing (one transaction with its audit
 * entry), reading and listing within the caller's scope, and their JSON representations. The
 * rules themselves live in hub-domain's package of the same name.
 */
package eu.cbss.impt.hub.signal;
