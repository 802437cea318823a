package eu.cbss.impt.hub.organisation;

/** No organisation with this id is registered; answered with 404. */
public class OrganisationNotFound extends RuntimeException {
    public OrganisationNotFound() {
        super("No organisation with this id is registered in the hub.");
    }
}
