/**
 * The audit log: an append-only record of who (user, role, organisation) did what to which target,
 * when; written in the same transaction as the act (architecture.md, rule 7).
 *
 * <p>Holds the entry and its actions only: the use cases decide what to record, hub-api writes it, a
 * trigger refuses every update and delete. An entry never names an identifier.
 */
package eu.cbss.impt.hub.audit;
