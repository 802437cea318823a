package eu.cbss.impt.hub.linkage;

/** What became of a coordinator's "same child (incident)" between two clusters of an index. */
public enum Merging {
    /** They are one cluster now. */
    MERGED,
    /** A signal has a member in each: two children of one signal are two children. */
    SHARE_SIGNAL,
    /** A coordinator said they are not the same, for good. */
    SEPARATED;

    static Merging of(ClusterPartition.Verdict verdict) {
        return switch (verdict) {
            case MERGED, ALREADY -> MERGED;
            case SAME_GROUP -> SHARE_SIGNAL;
            case SEPARATED -> SEPARATED;
        };
    }
}
