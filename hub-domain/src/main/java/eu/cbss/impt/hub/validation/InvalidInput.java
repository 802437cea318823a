package eu.cbss.impt.hub.validation;

import java.util.List;

/** Input that breaks the rules; carries every field error at once so a client can fix them together. */
public class InvalidInput extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidInput(String message, List<FieldError> errors) {
        super(message);
        this.errors = List.copyOf(errors);
    }

    public InvalidInput(String field, String message) {
        this("The request is not valid.", List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
