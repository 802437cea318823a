package eu.cbss.impt.hub.access;

import eu.cbss.impt.hub.problem.ProblemCode;
import eu.cbss.impt.hub.problem.ProblemCoded;

/** The caller may not do what they asked for; answered with 403 and this message. */
public class AccessDenied extends RuntimeException implements ProblemCoded {

    private final ProblemCode code;

    /** The caller's role does not allow it. */
    public AccessDenied(String message) {
        this(ProblemCode.ROLE_NOT_ALLOWED, message);
    }

    public AccessDenied(ProblemCode code, String message) {
        super(message);
        this.code = code;
    }

    @Override
    public ProblemCode problemCode() {
        return code;
    }
}
