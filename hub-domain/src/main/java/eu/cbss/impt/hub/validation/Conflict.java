package eu.cbss.impt.hub.validation;

import eu.cbss.impt.hub.problem.ProblemCode;
import eu.cbss.impt.hub.problem.ProblemCoded;

/** A step the current state does not allow, or a change someone else made first (409); the message says which. */
public abstract class Conflict extends RuntimeException implements ProblemCoded {

    private final ProblemCode code;

    protected Conflict(ProblemCode code, String message) {
        super(message);
        this.code = code;
    }

    @Override
    public ProblemCode problemCode() {
        return code;
    }
}
