package eu.cbss.impt.hub.cluster;

import eu.cbss.impt.hub.access.Caller;
import eu.cbss.impt.hub.access.Role;
import eu.cbss.impt.hub.platform.JsonBodies;
import eu.cbss.impt.hub.problem.Problem;
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

/**
 * {@code /api/v1/near-misses}: "possibly the same child", for national coordinators only (others 403).
 * Thin: the rules live in hub-domain's {@code NearMiss} and the acts in {@link ClusterActs}.
 */
@Path("near-misses")
@Tag(name = "near-misses", description = "Possibly the same child: pairs of reports linkage did not join, for national "
        + "coordinators to resolve once as the same child or not the same")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.NATIONAL_COORDINATOR_CLAIM)
public class NearMissesResource {

    private static final int MAX_PAGE_SIZE = 200;

    @Inject
    Caller caller;

    @Inject
    NearMissHandling handling;

    @Inject
    ClusterDecisions decisions;

    @GET
    @Operation(operationId = "listNearMisses", summary = "Possibly the same child: a page of open near misses",
            description = "Pairs of child records the engine did not link (ambiguous, different ID numbers, not cohesive, or "
                    + "just below the threshold) whose records stand in two clusters now, newest first; page is 0-based. "
                    + "total counts pairs to look at, not children.")
    @APIResponse(responseCode = "200", description = "A page", content = @Content(schema = @Schema(ref = "NearMissPage")))
    @APIResponse(responseCode = "400", description = "A bad page or size",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "403", description = "Not a national coordinator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public NearMissPage list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        List<FieldError> errors = new ArrayList<>();
        int p = page == null ? 0 : page;
        int s = size == null ? 20 : size;
        if (p < 0) errors.add(new FieldError("page", "Pages are numbered from 0."));
        if (s < 1 || s > MAX_PAGE_SIZE) errors.add(new FieldError("size", "A page holds 1 to " + MAX_PAGE_SIZE + " near misses."));
        if (!errors.isEmpty()) {
            throw new InvalidInput("The query is not valid.", errors);
        }
        return handling.list(caller, p, s);
    }

    @POST
    @Path("{id}/resolution")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "resolveNearMiss", summary = "Resolve a near miss, once",
            description = "SAME_CHILD merges the newer report's cluster into the older one's; NOT_THE_SAME separates them "
                    + "for good. A rationale is required. Answers with the cluster the newer report is in afterwards.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "NearMissResolutionRequest")))
    @Parameters(@Parameter(in = ParameterIn.PATH, name = "id", required = true, description = "The near miss's id",
            schema = @Schema(type = SchemaType.STRING, format = "uuid")))
    @APIResponse(responseCode = "200", description = "Resolved; the cluster", content = @Content(schema = @Schema(ref = "Cluster")))
    @APIResponse(responseCode = "400", description = "No rationale or an unknown resolution",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "403", description = "Not a national coordinator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "404", description = "No such near miss",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "409", description = "Already resolved, the clusters separated or sharing a signal, or someone "
            + "else acted just now", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public ClusterView resolve(@PathParam("id") String id, InputStream body) {
        ClusterBodies.Resolution r = ClusterBodies.resolution(JsonBodies.readObject(body));
        return decisions.resolve(caller, parseId(id), NearMiss.Resolution.valueOf(r.resolution()), r.rationale());
    }

    private static UUID parseId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NearMissNotFound();
        }
    }
}
