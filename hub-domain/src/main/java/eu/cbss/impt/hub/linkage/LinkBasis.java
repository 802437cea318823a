package eu.cbss.impt.hub.linkage;

/** Why two child records were linked. */
public enum LinkBasis {
    /** Equal ID-number tokens. */
    ID_NUMBER,
    /** Equal tokens of given name, family name and date of birth. */
    NAME_AND_BIRTH,
    /** Dice similarity of the Bloom filters at or above the threshold. */
    SIMILARITY,
    /**
     * One Bloom filter lies nearly inside the other, as when one record lacks the given name, with a
     * Dice coefficient below the threshold but at or above the cohesion.
     */
    CONTAINMENT
}
