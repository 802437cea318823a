package eu.cbss.impt.hub.cluster;

import eu.cbss.impt.hub.problem.ProblemCode;
import eu.cbss.impt.hub.validation.NotFound;

/** No such near miss. */
public class NearMissNotFound extends NotFound {
    public NearMissNotFound() {
        super(ProblemCode.NEAR_MISS_NOT_FOUND, "There is no such near miss.");
    }
}
