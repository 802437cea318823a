package eu.cbss.impt.hub.signal;

/** Where a signal stands in regional review. */
public enum ReviewStatus implements Coded {
    SUBMITTED("Submitted", "Filed and waiting for the regional coordinator."),
    ACCEPTED("Accepted", "Accepted by the regional coordinator into national coordination."),
    RETURNED("Returned", "Returned to the organisation with a question."),
    REJECTED("Rejected", "Rejected as out of scope, with a reason."),
    WITHDRAWN("Withdrawn", "Voided by its organisation or a national coordinator, with a reason; kept, never deleted.");

    private final String label;
    private final String definition;

    ReviewStatus(String label, String definition) {
        this.label = label;
        this.definition = definition;
    }

    @Override public String label() { return label; }
    @Override public String definition() { return definition; }
}
