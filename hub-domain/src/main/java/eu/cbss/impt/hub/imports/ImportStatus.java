package eu.cbss.impt.hub.imports;

/** Where an import is: waiting for the import thread, being read, or ended. */
public enum ImportStatus {
    QUEUED, RUNNING, DONE,
    /** Ended early (the hub stopped, or an unexpected error); the rows counted as processed are stored. */
    FAILED;

    public boolean ended() {
        return this == DONE || this == FAILED;
    }
}
