/**
 * Writes audit entries inside the transaction of the act they record ({@link
 * eu.cbss.impt.hub.audit.AuditTrail}), so that an act and its entry commit or fail together.
 *
 * <p>Each use case decides what it records; this package only writes. It never updates or deletes an
 * entry (a trigger refuses both) and offers no reading of the log: the API has none yet.
 */
package eu.cbss.impt.hub.audit;
