package eu.cbss.impt.hub.signal;

/** A review step that the signal's current state does not allow, such as accepting it twice; answered with 409. */
public class ReviewConflict extends RuntimeException {
    public ReviewConflict(String message) {
        super(message);
    }
}
