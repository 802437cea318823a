package eu.cbss.impt.hub.cluster;

/** A cluster's state does not allow the step (already decided, proposal pending, merged away): 409. */
public class ClusterConflict extends RuntimeException {
    public ClusterConflict(String message) {
        super(message);
    }
}
