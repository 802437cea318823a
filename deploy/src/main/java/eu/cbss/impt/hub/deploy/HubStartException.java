package eu.cbss.impt.hub.deploy;

/** A part of the hub did not start; the message says which and why, for a person to read. */
public class HubStartException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public HubStartException(String message) {
        super(message);
    }

    public HubStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
