package eu.cbss.impt.hub.linkage;

/**
 * A cluster's number, given by the index that created it. It stays the cluster's as long as the
 * cluster lives: a merge keeps the larger cluster's id (the older on a tie) and retires the other.
 */
public record ClusterId(int value) {

    public ClusterId {
        if (value < 0) {
            throw new IllegalArgumentException("A cluster id is not negative.");
        }
    }

    @Override
    public String toString() {
        return "C" + value;
    }
}
