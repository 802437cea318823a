package eu.cbss.impt.hub.signal;

/**
 * What a caller may do to a signal now ({@link Signal#allowedActions}); views carry them so that no
 * client re-derives the review rules. On the wire in lower case: {@code accept}, {@code return}, …
 */
public enum SignalAction {
    ACCEPT, RETURN, REJECT, ANSWER, WITHDRAW;

    public String wire() {
        return name().toLowerCase();
    }
}
