/**
 * Reference data shipped with the hub: NUTS 2021 regions of the CBSS countries (Eurostat GISCO,
 * © EuroGeographics for the administrative boundaries) and ISO 3166 countries.
 *
 * <p>Read-only and loaded from the classpath: nothing here is stored in the database or changed at
 * run time.
 */
package eu.cbss.impt.hub.reference;
