package eu.cbss.impt.hub.signal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/signals/{id}/withdrawal}, for the OpenAPI description (the resource reads JSON itself). */
@Schema(name = "SignalWithdrawalRequest")
public record SignalWithdrawalRequest(
        @Schema(required = true, description = "Why the signal is withdrawn; kept with who and when", maxLength = Review.MAX_MESSAGE) String reason) {
}
