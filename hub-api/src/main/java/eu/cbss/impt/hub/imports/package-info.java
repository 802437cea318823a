/** {@code /api/v1/signals/imports}: bulk files received, read in the background, reported row by row. */
package eu.cbss.impt.hub.imports;
