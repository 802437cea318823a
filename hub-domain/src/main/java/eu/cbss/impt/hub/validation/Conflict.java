package eu.cbss.impt.hub.validation;

/** A step the current state does not allow, or a change someone else made first (409); the message says which. */
public abstract class Conflict extends RuntimeException {

    protected Conflict(String message) {
        super(message);
    }
}
