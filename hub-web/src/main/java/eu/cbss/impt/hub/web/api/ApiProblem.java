package eu.cbss.impt.hub.web.api;

import java.util.List;

/**
 * The API answered with an error (an RFC 9457 problem) or could not be reached (status 503).
 * Carries what the UI needs to tell the user: status, title, detail and the field errors.
 */
public class ApiProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The end of the problem type with which the API refuses members of an organisation that is not registered or active. */
    static final String ORGANISATION_NOT_ACTIVE = ":organisation-not-active";

    private final int status;
    private final String type;
    private final String title;
    private final String detail;
    private final List<FieldError> errors;

    public ApiProblem(int status, String title, String detail, List<FieldError> errors) {
        this(status, null, title, detail, errors);
    }

    public ApiProblem(int status, String type, String title, String detail, List<FieldError> errors) {
        super(status + (title == null ? "" : " " + title) + (detail == null ? "" : ": " + detail));
        this.status = status;
        this.type = type;
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
        return status == 403 && type != null && type.endsWith(ORGANISATION_NOT_ACTIVE);
    }

    public boolean isNotFound() {
        return status == 404;
    }

    public boolean isInvalidInput() {
        return status == 400 || status == 422;
    }
}
