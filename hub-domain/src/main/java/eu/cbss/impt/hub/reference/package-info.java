/**
 * Reference data shipped with the hub: NUTS 2021 regions of the CBSS countries (Eurostat GISCO,
 * © EuroGeographics for the administrative boundaries) and ISO 3166 countries. Read-only.
 */
package eu.cbss.impt.hub.reference;
