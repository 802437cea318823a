package eu.cbss.impt.hub.signal;

import eu.cbss.impt.hub.problem.ProblemCode;
import eu.cbss.impt.hub.validation.Conflict;

/** A review step that the signal's current state does not allow, such as accepting it twice; answered with 409. */
public class ReviewConflict extends Conflict {
    public ReviewConflict(ProblemCode code, String message) {
        super(code, message);
    }
}
