package eu.cbss.impt.hub.web.api;

import java.util.List;
import java.util.Set;

/**
 * The API answered with an error (an RFC 9457 problem) or could not be reached (status 503).
 * Carries what the UI needs to tell the user: status, title, detail and the field errors.
 */
public class ApiProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The codes with which the API refuses members of an organisation that is missing, not registered or not active. */
    private static final Set<String> ORGANISATION_REFUSALS = Set.of("organisation-missing", "organisation-unknown",
            "organisation-not-active");

    private final int status;
    private final String type;
    private final String code;
    private final String title;
    private final String detail;
    private final List<FieldError> errors;

    public ApiProblem(int status, String title, String detail, List<FieldError> errors) {
        this(status, null, null, title, detail, errors);
    }

    public ApiProblem(int status, String type, String code, String title, String detail, List<FieldError> errors) {
        super(status + (title == null ? "" : " " + title) + (detail == null ? "" : ": " + detail));
        this.status = status;
        this.type = type;
        this.code = code;
        this.title = title;
        this.detail = detail;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static ApiProblem unreachable(Throwable cause) {
        ApiProblem problem = new ApiProblem(503, "Service unavailable", "The API could not be reached.", List.of());
        problem.initCause(cause);
        return problem;
    }

    public int status() {
        return status;
    }

    /** The problem's {@code type} URI, or null. */
    public String type() {
        return type;
    }

    /** The problem's stable {@code code} (docs/api-guide.md, Problem codes), or null when the API was not reached. */
    public String code() {
        return code;
    }

    public boolean is(String code) {
        return code != null && code.equals(this.code);
    }

    /** The bundle key that words this problem in the UI's language: {@code problem.<code>}. */
    public String messageKey() {
        return code == null ? "problem.unexpected" : "problem." + code;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return detail;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** The access token was refused: the sign-in session must start again. */
    public boolean isUnauthorized() {
        return status == 401;
    }

    public boolean isForbidden() {
        return status == 403;
    }

    /** Refused because the user's organisation is not registered in the hub or was deactivated. */
    public boolean isOrganisationNotActive() {
        return code != null && ORGANISATION_REFUSALS.contains(code);
    }

    public boolean isNotFound() {
        return status == 404;
    }

    public boolean isInvalidInput() {
        return status == 400 || status == 422;
    }
}
