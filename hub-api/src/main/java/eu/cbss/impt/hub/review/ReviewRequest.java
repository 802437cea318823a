package eu.cbss.impt.hub.review;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/reviews/{signalId}}, for the OpenAPI document (the resource reads JSON itself). */
@Schema(name = "ReviewRequest")
public record ReviewRequest(
        @Schema(required = true, type = SchemaType.STRING, enumeration = {"ACCEPT", "RETURN", "REJECT"}) String decision,
        @Schema(description = "Required for RETURN (the question) and REJECT (the reason); an optional note for ACCEPT",
                maxLength = 2000) String message) {
}
