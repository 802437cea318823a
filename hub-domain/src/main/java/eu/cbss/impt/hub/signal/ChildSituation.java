package eu.cbss.impt.hub.signal;

/** The situation of the child, in the four categories BSR IMPT asks to be counted. */
public enum ChildSituation implements Coded {
    IDENTIFIED_VICTIM("Identified victim", "Identified as a victim of trafficking."),
    SUSPECTED_VICTIM("Suspected victim", "Suspected to be a victim of trafficking."),
    EXPLOITATIVE_SITUATION("In an exploitative situation", "Considered to be in an abusive or exploitative situation."),
    AT_RISK_CONTEXT("In a context of risk", "In a context that may lead to the child becoming a victim of trafficking.");

    private final String label;
    private final String definition;

    ChildSituation(String label, String definition) {
        this.label = label;
        this.definition = definition;
    }

    @Override public String label() { return label; }
    @Override public String definition() { return definition; }
}
