package eu.cbss.impt.hub.cluster;

/** What a cluster groups. */
public enum ClusterKind {
    /** Child records taken for one child. */
    CHILD,
    /** Signals without child records taken for one incident. */
    INCIDENT
}
