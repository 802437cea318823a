package eu.cbss.impt.hub.validation;

import eu.cbss.impt.hub.problem.ProblemCode;
import eu.cbss.impt.hub.problem.ProblemCoded;

/** Something that does not exist, or that the caller may not see: both answered alike (404), so existence does not leak. */
public abstract class NotFound extends RuntimeException implements ProblemCoded {

    private final ProblemCode code;

    protected NotFound(ProblemCode code, String message) {
        super(message);
        this.code = code;
    }

    @Override
    public ProblemCode problemCode() {
        return code;
    }
}
