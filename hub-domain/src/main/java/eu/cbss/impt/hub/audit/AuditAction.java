package eu.cbss.impt.hub.audit;

/** What a user did that the audit log records. */
public enum AuditAction {
    SIGNAL_CREATED,
    SIGNAL_RESUBMITTED,
    /** A bulk file was received; its signals are audited one by one as SIGNAL_CREATED. */
    IMPORT_RECEIVED,
    SIGNAL_READ,
    SIGNALS_LISTED,
    /** A narrative was decrypted for a reader (besides the SIGNAL_READ of its signal). */
    NARRATIVE_READ,
    /** A hub administrator had the narratives' data keys re-wrapped under the current master key. */
    NARRATIVE_KEYS_REWRAPPED,
    /** A regional coordinator listed their review queue. */
    REVIEW_QUEUE_LISTED,
    SIGNAL_ACCEPTED,
    SIGNAL_RETURNED,
    SIGNAL_REJECTED,
    /** The filing organisation answered a returned signal's question, putting it back in review. */
    SIGNAL_ANSWERED,
    /** A signal was voided (never deleted). */
    SIGNAL_WITHDRAWN,
    /** A hub administrator registered an organisation. */
    ORGANISATION_CREATED,
    /** A hub administrator changed an organisation, deactivating or reactivating it included. */
    ORGANISATION_UPDATED
}
