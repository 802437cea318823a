package eu.cbss.impt.hub.narrative;

/** A sealed narrative that cannot be opened: its master key is unknown, or the record was altered or moved. */
public class NarrativeUnreadable extends RuntimeException {
    public NarrativeUnreadable(String message, Throwable cause) {
        super(message, cause);
    }
}
