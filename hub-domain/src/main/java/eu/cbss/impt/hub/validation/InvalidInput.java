package eu.cbss.impt.hub.validation;

import eu.cbss.impt.hub.problem.ProblemCode;
import eu.cbss.impt.hub.problem.ProblemCoded;
import java.util.List;

/** Input that breaks the rules; carries every field error at once so a client can fix them together. */
public class InvalidInput extends RuntimeException implements ProblemCoded {

    private final ProblemCode code;
    private final List<FieldError> errors;

    public InvalidInput(String message, List<FieldError> errors) {
        this(ProblemCode.INVALID_INPUT, message, errors);
    }

    /** Invalid input of a kind a client may want to tell apart (a cluster merged with itself, say). */
    public InvalidInput(ProblemCode code, String field, String message) {
        this(code, "The request is not valid.", List.of(new FieldError(field, message)));
    }

    private InvalidInput(ProblemCode code, String message, List<FieldError> errors) {
        super(message);
        this.code = code;
        this.errors = List.copyOf(errors);
    }

    @Override
    public ProblemCode problemCode() {
        return code;
    }

    public InvalidInput(String field, String message) {
        this("The request is not valid.", List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
