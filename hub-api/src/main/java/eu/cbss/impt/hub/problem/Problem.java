package eu.cbss.impt.hub.problem;

import eu.cbss.impt.hub.validation.FieldError;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/**
 * An RFC 9457 problem detail. {@code type} names the kind of problem; {@code errors} lists
 * per-field messages for invalid input. Never carries a stack trace or a class name.
 */
@Schema(name = "Problem", description = "An RFC 9457 problem detail (application/problem+json)", properties = {
        @SchemaProperty(name = "type", description = "A URN naming the kind of problem", example = "urn:impt-hub:problem:invalid-input"),
        @SchemaProperty(name = "code", type = SchemaType.STRING, description = "A stable kebab-case name of the problem, "
                + "for programs to branch on", example = "invalid-input"),
        @SchemaProperty(name = "errors", description = "For invalid input: what is wrong, field by field")})
@JsonbPropertyOrder({"type", "title", "status", "detail", "errors"})
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_PREFIX = "urn:impt-hub:problem:";

    public static Problem of(int status, String title, String detail) {
        return new Problem(TYPE_PREFIX + slug(title), title, status, detail, null);
    }

    public static Problem invalid(String detail, List<FieldError> errors) {
        return new Problem(TYPE_PREFIX + "invalid-input", "Invalid input", 400, detail, errors);
    }

    public Response.ResponseBuilder toResponseBuilder() {
        return Response.status(status).type(MEDIA_TYPE).entity(this);
    }

    public Response toResponse() {
        return toResponseBuilder().build();
    }

    private static String slug(String title) {
        return title.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
