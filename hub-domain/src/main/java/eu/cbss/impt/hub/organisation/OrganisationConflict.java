package eu.cbss.impt.hub.organisation;

import eu.cbss.impt.hub.problem.ProblemCode;
import eu.cbss.impt.hub.validation.Conflict;

/** A change to organisations that clashes with what is there: the id is taken, or someone else changed it; answered with 409. */
public class OrganisationConflict extends Conflict {

    private OrganisationConflict(ProblemCode code, String message) {
        super(code, message);
    }

    public static OrganisationConflict idTaken(String id) {
        return new OrganisationConflict(ProblemCode.ORGANISATION_EXISTS, "An organisation with the id '" + id + "' is already registered; "
                + "change that one, or choose another id.");
    }

    public static OrganisationConflict changedMeanwhile(String id) {
        return new OrganisationConflict(ProblemCode.CHANGED_MEANWHILE, "Someone else changed the organisation '" + id + "' just now; reload it "
                + "and make your change again.");
    }
}
