package eu.cbss.impt.hub.access;

/** The caller's role does not allow what they asked for; answered with 403 and this message. */
public class AccessDenied extends RuntimeException {
    public AccessDenied(String message) {
        super(message);
    }
}
