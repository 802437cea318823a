package eu.cbss.impt.hub.signal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/signals/{id}/answer}, for the OpenAPI description (the resource reads JSON itself). */
@Schema(name = "SignalAnswerRequest")
public record SignalAnswerRequest(
        @Schema(required = true, description = "The answer to the coordinator's question", maxLength = Review.MAX_MESSAGE) String message) {
}
