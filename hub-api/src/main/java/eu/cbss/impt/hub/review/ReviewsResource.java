package eu.cbss.impt.hub.review;

import eu.cbss.impt.hub.access.Caller;
import eu.cbss.impt.hub.access.Role;
import eu.cbss.impt.hub.platform.JsonBodies;
import eu.cbss.impt.hub.problem.Problem;
import eu.cbss.impt.hub.signal.SignalPage;
import eu.cbss.impt.hub.signal.SignalView;
import eu.cbss.impt.hub.signal.Signals;
import eu.cbss.impt.hub.signal.SignalsResource;
import eu.cbss.impt.hub.validation.FieldError;
import eu.cbss.impt.hub.validation.InvalidInput;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/reviews}: a regional coordinator's review queue and decisions. Thin: the rules live in Signal. */
@Path("reviews")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reviews", description = "A regional coordinator's queue of submitted signals and their decisions on them")
public class ReviewsResource {

    private static final int MAX_PAGE_SIZE = 200;

    @Inject
    Caller caller;

    @Inject
    Reviewing reviewing;

    @GET
    @RolesAllowed(Role.REGIONAL_COORDINATOR_CLAIM)
    @Operation(operationId = "getReviewQueue", summary = "The caller's review queue",
            description = "SUBMITTED signals filed by organisations of the regional coordinator's region, oldest "
                    + "first, paged like /signals ({items, page, size, total}; page is 0-based).")
    @APIResponse(responseCode = "200", description = "A page of the queue", content = @Content(schema = @Schema(ref = "SignalPage")))
    @APIResponse(responseCode = "400", description = "A bad page or size, with per-field errors",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "403", description = "Not a regional coordinator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public SignalPage queue(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? 20 : size;
        List<FieldError> errors = new ArrayList<>();
        if (p < 0) errors.add(new FieldError("page", "Pages are numbered from 0."));
        if (s < 1 || s > MAX_PAGE_SIZE) errors.add(new FieldError("size", "A page holds 1 to " + MAX_PAGE_SIZE + " signals."));
        if (!errors.isEmpty()) {
            throw new InvalidInput("The query is not valid.", errors);
        }
        Signals.Page result = reviewing.queue(caller, p, s);
        return new SignalPage(result.items().stream().map(i -> SignalView.summary(i, caller)).toList(), p, s, result.total(), result.count());
    }

    @POST
    @Path("{signalId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.REGIONAL_COORDINATOR_CLAIM)
    @Operation(operationId = "decideReview", summary = "Decide on a submitted signal",
            description = "ACCEPT (message optional), RETURN with a question, or REJECT with a reason. Only the "
                    + "regional coordinator of the region of the filing organisation (else 404); only while SUBMITTED "
                    + "(else 409, saying who decided when). Two coordinators deciding at once: one wins, the other gets 409.")
    @Parameters(@Parameter(in = ParameterIn.PATH, name = "signalId", required = true, description = "The signal's id",
            schema = @Schema(type = SchemaType.STRING, format = "uuid")))
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ReviewRequest")))
    @APIResponse(responseCode = "200", description = "Decided; the signal with its review history",
            content = @Content(schema = @Schema(ref = "SignalView")))
    @APIResponse(responseCode = "400", description = "Unknown decision or missing message, with per-field errors",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "403", description = "Not a regional coordinator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "404", description = "No such signal in the caller's region",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "409", description = "Already decided, or someone else decided just now",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public SignalView decide(@PathParam("signalId") String signalId, InputStream body) {
        ReviewBodies.Decision decision = ReviewBodies.decision(JsonBodies.readObject(body));
        return SignalView.from(reviewing.decide(caller, SignalsResource.parseId(signalId), decision), null, caller);
    }
}
