package eu.cbss.impt.hub.cluster;

/** No such cluster: 404. */
public class ClusterNotFound extends RuntimeException {
    public ClusterNotFound() {
        super("There is no such cluster.");
    }
}
