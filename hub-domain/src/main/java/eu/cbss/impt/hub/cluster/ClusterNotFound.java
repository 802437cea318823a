package eu.cbss.impt.hub.cluster;

import eu.cbss.impt.hub.problem.ProblemCode;
import eu.cbss.impt.hub.validation.NotFound;

/** No such cluster: 404. */
public class ClusterNotFound extends NotFound {
    public ClusterNotFound() {
        super(ProblemCode.CLUSTER_NOT_FOUND, "There is no such cluster.");
    }
}
