package eu.cbss.impt.hub.validation;

/** Something that does not exist, or that the caller may not see: both answered alike (404), so existence does not leak. */
public abstract class NotFound extends RuntimeException {

    protected NotFound(String message) {
        super(message);
    }
}
