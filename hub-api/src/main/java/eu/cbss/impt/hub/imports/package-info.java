/**
 * {@code /api/v1/signals/imports}: bulk files from local systems received (checked as a whole, a
 * refused file leaving nothing behind), read in the background on one thread, stored in transactions
 * of whole signals with their row errors, and reported row by row to the sending organisation only.
 * Imports a stop interrupted end as failed, saying how far they got.
 *
 * <p>Never stores or logs the file (it may hold identifiers): it lives in memory until read. The
 * rules of a file and its rows are hub-domain's {@code imports} and {@code signal} packages.
 */
package eu.cbss.impt.hub.imports;
