package eu.cbss.impt.hub.signal;

import eu.cbss.impt.hub.access.Caller;
import eu.cbss.impt.hub.access.Role;
import eu.cbss.impt.hub.platform.JsonBodies;
import eu.cbss.impt.hub.problem.Problem;
import eu.cbss.impt.hub.reference.RegionCode;
import eu.cbss.impt.hub.review.ReviewBodies;
import eu.cbss.impt.hub.review.Reviewing;
import eu.cbss.impt.hub.validation.FieldError;
import eu.cbss.impt.hub.validation.InvalidInput;
import eu.cbss.impt.hub.validation.JsonFields;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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

/** {@code /api/v1/signals}: file, read and list signals. Thin: parsing and rules live in the domain. */
@Path("signals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "signals", description = "File, read and list signals; answer a returned signal's question; withdraw a signal")
public class SignalsResource {

    private static final int MAX_PAGE_SIZE = 200;

    @Inject
    Caller caller;

    @Inject
    SignalIntake intake;

    @Inject
    SignalReading reading;

    @Inject
    Clock clock;

    @Inject
    Reviewing reviewing;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.SOCIAL_WORKER_CLAIM, Role.REGIONAL_COORDINATOR_CLAIM, Role.NATIONAL_COORDINATOR_CLAIM})
    @Operation(operationId = "fileSignal", summary = "File a signal", description = "Children's identifiers are write-only: turned into linkage "
            + "tokens and dropped. Posting an externalRef the organisation already filed returns 200 with that signal.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SignalRequest")))
    @APIResponse(responseCode = "201", description = "Filed", content = @Content(schema = @Schema(ref = "SignalView")))
    @APIResponse(responseCode = "200", description = "Already filed with this externalRef: that signal, without its narrative",
            content = @Content(schema = @Schema(ref = "SignalView")))
    @APIResponse(responseCode = "400", description = "Invalid input, with per-field errors",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "415", description = "Not application/json",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response file(InputStream body) {
        SignalSubmission submission = new SignalSubmissionReader(clock).read(JsonBodies.readObject(body));
        SignalIntake.Filed filed;
        try {
            filed = intake.file(caller, submission);
        } catch (PersistenceException | TransactionalException e) {
            // A concurrent request filed the same externalRef first: answer with its signal.
            filed = intake.earlier(caller, submission.externalRef()).orElseThrow(() -> e);
        }
        // The author gets back the narrative they sent; an idempotent retry answers without one (GET it to read it).
        SignalView view = SignalView.from(filed.signal(), filed.created() ? submission.narrative() : null, caller);
        if (!filed.created()) {
            return Response.ok(view).build();
        }
        return Response.created(uri.getAbsolutePathBuilder().path(view.id().toString()).build()).entity(view).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.SOCIAL_WORKER_CLAIM, Role.REGIONAL_COORDINATOR_CLAIM, Role.NATIONAL_COORDINATOR_CLAIM})
    @Operation(operationId = "getSignal", summary = "A signal, if the caller may see it (else 404, so that existence does not leak)")
    @Parameters(@Parameter(in = ParameterIn.PATH, name = "id", required = true, description = "The signal's id",
            schema = @Schema(type = SchemaType.STRING, format = "uuid")))
    @APIResponse(responseCode = "200", description = "The signal with its narrative, review history and clusters",
            content = @Content(schema = @Schema(ref = "SignalView")))
    @APIResponse(responseCode = "404", description = "No such signal that the caller may see",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public SignalView get(@PathParam("id") String id) {
        SignalReading.Detail detail = reading.detail(caller, parseId(id));
        return SignalView.from(detail.signal(), detail.narrative(), detail.clusterIds(), caller);
    }

    @GET
    @RolesAllowed({Role.SOCIAL_WORKER_CLAIM, Role.REGIONAL_COORDINATOR_CLAIM, Role.NATIONAL_COORDINATOR_CLAIM})
    @Operation(operationId = "listSignals", summary = "A page of the signals the caller may see",
            description = "sort is one of submittedAt, reference, grade, region, occurredFrom, childrenCount, "
                    + "reviewStatus, with ,asc or ,desc; page is 0-based; from/to select signals whose period overlaps them. "
                    + "Withdrawn signals are left out unless reviewStatus=WITHDRAWN. National coordinators see ACCEPTED "
                    + "signals unless includePending=true (then SUBMITTED and RETURNED too) or a reviewStatus is given.")
    @Parameter(name = "includePending", description = "National coordinators: include SUBMITTED and RETURNED signals")
    @Parameter(name = "count", description = "false: leave out count, the distinct children and incidents behind the "
            + "matching signals (a query over all of them), when only the page or total is needed")
    @APIResponse(responseCode = "200", description = "A page ({items, page, size, total, count})",
            content = @Content(schema = @Schema(ref = "SignalPage")))
    @APIResponse(responseCode = "400", description = "An unknown code, a bad date, region, sort or page, with per-field errors",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public SignalPage list(@QueryParam("region") String region, @QueryParam("concern") String concern,
            @QueryParam("grade") String grade, @QueryParam("reviewStatus") String reviewStatus,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size, @QueryParam("sort") String sort,
            @QueryParam("includePending") boolean includePending,
            @QueryParam("count") @DefaultValue("true") boolean withCount) {
        List<FieldError> errors = new ArrayList<>();
        String regionCode = region == null || region.isBlank() ? null : region.strip();
        if (regionCode != null && !RegionCode.isValid(regionCode)) {
            errors.add(new FieldError("region", "Must be a NUTS 2021 code of a CBSS country, such as EE001 or EE00."));
            regionCode = null;
        }
        SignalFilter filter = new SignalFilter(regionCode,
                concern == null ? null : JsonFields.code("concern", concern, Concern.class, errors),
                grade == null ? null : JsonFields.code("grade", grade, Grade.class, errors),
                reviewStatus == null ? null : JsonFields.code("reviewStatus", reviewStatus, ReviewStatus.class, errors),
                JsonFields.queryDate("from", from, errors), JsonFields.queryDate("to", to, errors), includePending);
        int p = page == null ? 0 : page;
        int s = size == null ? 20 : size;
        if (p < 0) errors.add(new FieldError("page", "Pages are numbered from 0."));
        if (s < 1 || s > MAX_PAGE_SIZE) errors.add(new FieldError("size", "A page holds 1 to " + MAX_PAGE_SIZE + " signals."));
        if (!errors.isEmpty()) {
            throw new InvalidInput("The query is not valid.", errors);
        }
        SignalReading.Listed listed = reading.list(caller, filter, p, s, SignalSort.parse(sort), withCount);
        return new SignalPage(listed.page().items().stream()
                .map(i -> SignalView.summary(i, listed.clusterIds().getOrDefault(i.id(), List.of()), caller)).toList(),
                p, s, listed.page().total(), listed.page().count());
    }

    @POST
    @Path("{id}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.SOCIAL_WORKER_CLAIM)
    @Operation(operationId = "answerSignal", summary = "Answer the question of a returned signal",
            description = "Body {\"message\": \"...\"} (required). Only a social worker of the filing organisation "
                    + "(else 404), only while the signal is RETURNED (else 409); the signal goes back to SUBMITTED, "
                    + "into its region's review queue.")
    @Parameters(@Parameter(in = ParameterIn.PATH, name = "id", required = true, description = "The signal's id",
            schema = @Schema(type = SchemaType.STRING, format = "uuid")))
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SignalAnswerRequest")))
    @APIResponse(responseCode = "200", description = "Answered; the signal with its review history",
            content = @Content(schema = @Schema(ref = "SignalView")))
    @APIResponse(responseCode = "400", description = "No message",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "404", description = "No such signal of the caller's organisation",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "409", description = "The signal is not waiting for an answer, or someone else changed it just now",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public SignalView answer(@PathParam("id") String id, InputStream body) {
        String message = ReviewBodies.text(JsonBodies.readObject(body), "message");
        return SignalView.from(reviewing.answer(caller, parseId(id), message), null, caller);
    }

    @POST
    @Path("{id}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.SOCIAL_WORKER_CLAIM, Role.NATIONAL_COORDINATOR_CLAIM})
    @Operation(operationId = "withdrawSignal", summary = "Withdraw (void) a signal",
            description = "Body {\"reason\": \"...\"} (required). A social worker of the filing organisation or a "
                    + "national coordinator (else 404). The signal is kept with who, when and why, shown as WITHDRAWN "
                    + "to those who may see it, and left out of lists; withdrawing twice is 409.")
    @Parameters(@Parameter(in = ParameterIn.PATH, name = "id", required = true, description = "The signal's id",
            schema = @Schema(type = SchemaType.STRING, format = "uuid")))
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SignalWithdrawalRequest")))
    @APIResponse(responseCode = "200", description = "Withdrawn; the signal with its review history",
            content = @Content(schema = @Schema(ref = "SignalView")))
    @APIResponse(responseCode = "400", description = "No reason",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "404", description = "No such signal that the caller may withdraw",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "409", description = "Already withdrawn, or someone else changed it just now",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public SignalView withdraw(@PathParam("id") String id, InputStream body) {
        String reason = ReviewBodies.text(JsonBodies.readObject(body), "reason");
        return SignalView.from(reviewing.withdraw(caller, parseId(id), reason), null, caller);
    }

    public static UUID parseId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new SignalNotFound();
        }
    }
}
