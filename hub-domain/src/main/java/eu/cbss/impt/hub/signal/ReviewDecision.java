package eu.cbss.impt.hub.signal;

/** One step in a signal's review history; the past tense is how the history and conflicts speak of it. */
public enum ReviewDecision implements Coded {
    ACCEPT("Accepted", "The regional coordinator accepted the signal into national coordination."),
    RETURN("Returned", "The regional coordinator returned the signal to its organisation with a question."),
    REJECT("Rejected", "The regional coordinator rejected the signal as out of scope, with a reason."),
    ANSWER("Answered", "The filing organisation answered the question and resubmitted the signal."),
    WITHDRAW("Withdrawn", "The signal was withdrawn (voided) with a reason; it is kept, never deleted.");

    private final String label;
    private final String definition;

    ReviewDecision(String label, String definition) {
        this.label = label;
        this.definition = definition;
    }

    @Override public String label() { return label; }
    @Override public String definition() { return definition; }
}
