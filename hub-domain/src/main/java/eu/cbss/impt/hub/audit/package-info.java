/** The audit log: an append-only record of who did what; written in the same transaction as the act. */
package eu.cbss.impt.hub.audit;
