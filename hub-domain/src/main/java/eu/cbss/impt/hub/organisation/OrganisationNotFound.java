package eu.cbss.impt.hub.organisation;

import eu.cbss.impt.hub.problem.ProblemCode;
import eu.cbss.impt.hub.validation.NotFound;

/** No organisation with this id is registered; answered with 404. */
public class OrganisationNotFound extends NotFound {
    public OrganisationNotFound() {
        super(ProblemCode.ORGANISATION_NOT_FOUND, "No organisation with this id is registered in the hub.");
    }
}
