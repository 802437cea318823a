package eu.cbss.impt.hub.problem;

import eu.cbss.impt.hub.validation.FieldError;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/**
 * An RFC 9457 problem detail. {@code code} is the stable name of the problem ({@link ProblemCode},
 * listed in docs/api-guide.md) and ends its {@code type}; clients branch on it, never on the words.
 * {@code errors} lists per-field messages for invalid input. Never carries a stack trace or a class name.
 */
@Schema(name = "Problem", description = "An RFC 9457 problem detail (application/problem+json) with a stable code "
        + "(docs/api-guide.md, Problem codes)", requiredProperties = {"type", "code", "title", "status"}, properties = {
        @SchemaProperty(name = "type", description = "A URN naming the kind of problem: urn:impt-hub:problem: and the code",
                example = "urn:impt-hub:problem:invalid-input"),
        @SchemaProperty(name = "code", type = SchemaType.STRING, description = "The stable kebab-case name of the problem, "
                + "for programs to branch on (docs/api-guide.md, Problem codes)", example = "invalid-input"),
        @SchemaProperty(name = "errors", description = "For invalid input: what is wrong, field by field")})
@JsonbPropertyOrder({"type", "code", "title", "status", "detail", "errors"})
public record Problem(String type, String code, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_PREFIX = "urn:impt-hub:problem:";

    /** The problem with its usual status. */
    public static Problem of(ProblemCode code, String detail) {
        return of(code, code.status(), detail);
    }

    /** The problem with the status the HTTP layer chose (a 4xx JAX-RS raised itself, say). */
    public static Problem of(ProblemCode code, int status, String detail) {
        return new Problem(TYPE_PREFIX + code.code(), code.code(), code.title(), status, detail, null);
    }

    public static Problem invalid(ProblemCode code, String detail, List<FieldError> errors) {
        return new Problem(TYPE_PREFIX + code.code(), code.code(), code.title(), code.status(), detail, errors);
    }

    public Response.ResponseBuilder toResponseBuilder() {
        return Response.status(status).type(MEDIA_TYPE).entity(this);
    }

    public Response toResponse() {
        return toResponseBuilder().build();
    }
}
