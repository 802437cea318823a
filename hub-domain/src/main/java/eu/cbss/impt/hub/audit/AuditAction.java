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
    ORGANISATION_UPDATED,
    /** A national coordinator listed clusters. */
    CLUSTERS_LISTED,
    /** A national coordinator read a cluster's detail. */
    CLUSTER_READ,
    /** A national coordinator proposed verifying a cluster without an official source (maker-checker). */
    CLUSTER_VERIFICATION_PROPOSED,
    /** A cluster was verified: directly (official source) or by a second national coordinator's confirmation. */
    CLUSTER_VERIFIED,
    CLUSTER_DISMISSED,
    /** A national coordinator split a cluster: the named signals left it for a new one, separated for good. */
    CLUSTER_SPLIT,
    /** A national coordinator marked two clusters as not the same child (or incident), for good. */
    CLUSTERS_SEPARATED,
    /** A national coordinator merged two clusters as the same child (or incident). */
    CLUSTERS_MERGED,
    /** A national coordinator listed near misses ("possibly the same child"). */
    NEAR_MISSES_LISTED,
    /** A national coordinator resolved a near miss as the same child or not the same. */
    NEAR_MISS_RESOLVED,
    /** A national coordinator asked for a multiple systems estimate (an aggregate: no cluster is named). */
    ESTIMATE_COMPUTED
}
