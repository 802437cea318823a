package eu.cbss.impt.hub.cluster;

/** A national coordinator's judgement of a cluster. */
public enum Verification {
    /** Nobody has verified or dismissed it (a proposal to verify may be pending). */
    UNVERIFIED,
    /** A national coordinator verified it (and, without an official source, a second one confirmed). */
    VERIFIED,
    /** A national coordinator dismissed it: not a case to act on. */
    DISMISSED
}
