package eu.cbss.impt.hub.problem;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every problem the API can answer, with its stable {@code code} (kebab-case, the end of the
 * problem's {@code type}), its HTTP status and its title. Clients, hub-web among them, branch on the
 * code, never on the status or the words. Each is listed in docs/api-guide.md ("Problem codes");
 * {@code ProblemCodesDocumentedTest} fails when one is missing there or no code raises it.
 */
public enum ProblemCode {
    // 400
    INVALID_INPUT(400, "Invalid input"),
    CLUSTER_SAME_CLUSTER(400, "The same cluster twice"),
    CLUSTER_OTHER_NOT_FOUND(400, "No such other cluster"),
    CLUSTER_OTHER_KIND(400, "Clusters of different kinds"),
    CLUSTER_OTHER_MERGED(400, "The other cluster was merged away"),
    // 401, 403
    AUTHENTICATION_REQUIRED(401, "Authentication required"),
    ROLE_NOT_ALLOWED(403, "Forbidden"),
    ORGANISATION_MISSING(403, "No organisation"),
    ORGANISATION_UNKNOWN(403, "Organisation not registered"),
    ORGANISATION_NOT_ACTIVE(403, "Organisation not active"),
    ACCOUNT_ATTRIBUTE_TOO_LONG(403, "Account attribute too long"),
    // 404 (also what may not be seen: existence does not leak)
    NO_SUCH_PATH(404, "Not found"),
    SIGNAL_NOT_FOUND(404, "Signal not found"),
    CLUSTER_NOT_FOUND(404, "Cluster not found"),
    NEAR_MISS_NOT_FOUND(404, "Near miss not found"),
    ORGANISATION_NOT_FOUND(404, "Organisation not found"),
    IMPORT_NOT_FOUND(404, "Import not found"),
    // 405, 406, 415, other refusals of the HTTP layer
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    NOT_ACCEPTABLE(406, "Not acceptable"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    REQUEST_REFUSED(400, "Request refused"),
    // 409
    SIGNAL_ALREADY_DECIDED(409, "Signal already decided"),
    SIGNAL_NOT_RETURNED(409, "Signal not returned"),
    SIGNAL_WITHDRAWN(409, "Signal withdrawn"),
    CLUSTER_ALREADY_VERIFIED(409, "Cluster already verified"),
    CLUSTER_ALREADY_DISMISSED(409, "Cluster already dismissed"),
    CLUSTER_PROPOSAL_PENDING(409, "Verification already proposed"),
    CLUSTER_NO_PROPOSAL(409, "No proposal to confirm"),
    CLUSTER_OWN_PROPOSAL(409, "Own proposal"),
    CLUSTER_MERGED_AWAY(409, "Cluster merged away"),
    CLUSTER_EMPTY(409, "Cluster without signals"),
    CLUSTERS_SEPARATED(409, "Clusters separated"),
    CLUSTERS_SHARE_SIGNAL(409, "Clusters share a signal"),
    NEAR_MISS_RESOLVED(409, "Near miss already resolved"),
    ORGANISATION_EXISTS(409, "Organisation already registered"),
    CHANGED_MEANWHILE(409, "Changed meanwhile"),
    // 5xx
    INTERNAL_ERROR(500, "Internal error"),
    PSEUDONYMISATION_KEY_MISSING(503, "Service unavailable"),
    NARRATIVE_KEYS_MISSING(503, "Service unavailable");

    private final int status;
    private final String title;

    ProblemCode(int status, String title) {
        this.status = status;
        this.title = title;
    }

    /** The stable code: {@code CLUSTER_OWN_PROPOSAL} is {@code cluster-own-proposal}. */
    public String code() {
        return name().toLowerCase().replace('_', '-');
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public static Optional<ProblemCode> of(String code) {
        return Arrays.stream(values()).filter(c -> c.code().equals(code)).findFirst();
    }
}
