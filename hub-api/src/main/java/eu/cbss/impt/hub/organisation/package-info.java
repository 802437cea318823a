/**
 * The register of organisations through the API ({@code /api/v1/organisations}: hub administrators
 * register and change them, coordinators may read it), and the rule that only members of an active
 * organisation use the API ({@link eu.cbss.impt.hub.organisation.ActiveOrganisationRequired}, with
 * its in-memory {@link eu.cbss.impt.hub.organisation.OrganisationDirectory}). User accounts stay in Keycloak.
 */
package eu.cbss.impt.hub.organisation;
