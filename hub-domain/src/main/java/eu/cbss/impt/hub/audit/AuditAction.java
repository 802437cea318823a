package eu.cbss.impt.hub.audit;

/** What a user did that the audit log records. */
public enum AuditAction {
    SIGNAL_CREATED,
    SIGNAL_RESUBMITTED,
    SIGNAL_READ,
    SIGNALS_LISTED,
    /** A narrative was decrypted for a reader (besides the SIGNAL_READ of its signal). */
    NARRATIVE_READ,
    /** A hub administrator had the narratives' data keys re-wrapped under the current master key. */
    NARRATIVE_KEYS_REWRAPPED
}
