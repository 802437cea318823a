package eu.cbss.impt.hub.cluster;

/** One line of a cluster's history: what a coordinator (or the hub, when linking) did to it. */
public enum ClusterAct {
    /** The hub made the cluster when linking an accepted signal. */
    CREATED,
    /** A national coordinator proposed VERIFIED for a cluster without an official source; a second one must confirm. */
    VERIFICATION_PROPOSED,
    /** VERIFIED: directly (an official source) or by a second national coordinator's confirmation. */
    VERIFIED,
    /** A national coordinator dismissed the cluster. */
    DISMISSED,
    /** A merge or split changed the members, so an earlier verification, dismissal or proposal no longer holds. */
    VERIFICATION_RESET,
    /** Linking merged another cluster into this one. */
    MERGED,
    /** Linking merged this cluster into another; it is kept, marked as merged into it. */
    MERGED_INTO,
    /** A national coordinator moved some signals out of this cluster into a new one, separated for good. */
    SPLIT,
    /** This cluster was made by a split of another. */
    SPLIT_FROM,
    /** A national coordinator said this cluster and another are not the same child (or incident), for good. */
    SEPARATED,
    /** A member signal was withdrawn and left the cluster. */
    SIGNAL_LEFT
}
