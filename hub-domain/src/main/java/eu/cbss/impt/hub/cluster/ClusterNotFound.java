package eu.cbss.impt.hub.cluster;

import eu.cbss.impt.hub.validation.NotFound;

/** No such cluster: 404. */
public class ClusterNotFound extends NotFound {
    public ClusterNotFound() {
        super("There is no such cluster.");
    }
}
