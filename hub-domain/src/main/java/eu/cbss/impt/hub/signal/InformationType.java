package eu.cbss.impt.hub.signal;

/** Kind of information (BSR IMPT, "Type of information"). */
public enum InformationType implements Coded {
    ACCEPTED_TREND("Generally accepted trend", "A pattern that is generally accepted, such as unaccompanied asylum-seeking minors."),
    EMERGING_ISSUE("Emerging issue", "A new pattern that is beginning to be seen, such as week-end prostitution."),
    INCIDENT_OR_NARRATIVE("Incident or narrative", "A single event or story about one child or a group of children.");

    private final String label;
    private final String definition;

    InformationType(String label, String definition) {
        this.label = label;
        this.definition = definition;
    }

    @Override public String label() { return label; }
    @Override public String definition() { return definition; }
}
