package eu.cbss.impt.hub.audit;

/** What a user did that the audit log records. */
public enum AuditAction {
    SIGNAL_CREATED,
    SIGNAL_RESUBMITTED,
    SIGNAL_READ,
    SIGNALS_LISTED
}
