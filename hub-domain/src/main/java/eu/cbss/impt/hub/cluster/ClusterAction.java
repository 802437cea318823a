package eu.cbss.impt.hub.cluster;

/**
 * What a caller may do to a cluster now ({@link Cluster#allowedActions}); views carry them so that no
 * client re-derives the verification rules. On the wire in lower case: {@code verify}, {@code confirm}, …
 */
public enum ClusterAction {
    /** Verify, or propose verifying when no signal is an official source. */
    VERIFY,
    /** Confirm another national coordinator's proposal (maker-checker). */
    CONFIRM,
    DISMISS,
    SPLIT,
    /** "Not the same child (incident)" as another cluster. */
    SEPARATE,
    /** "Same child (incident)" as another cluster. */
    MERGE;

    public String wire() {
        return name().toLowerCase();
    }
}
