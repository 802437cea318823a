package eu.cbss.impt.hub.cluster;

import eu.cbss.impt.hub.problem.ProblemCode;
import eu.cbss.impt.hub.validation.Conflict;

/** A cluster's state does not allow the step (already decided, proposal pending, merged away): 409. */
public class ClusterConflict extends Conflict {
    public ClusterConflict(ProblemCode code, String message) {
        super(code, message);
    }
}
