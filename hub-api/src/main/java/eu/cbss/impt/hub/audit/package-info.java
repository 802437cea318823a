/** Writes audit entries in the transaction of the act they record. Reading the log comes with the admin issue. */
package eu.cbss.impt.hub.audit;
