package eu.cbss.impt.hub.organisation;

/** A CDI event: a hub administrator registered or changed this organisation (observed after the commit). */
public record OrganisationChanged(String id) {
}
