package eu.cbss.impt.hub.cluster;

import eu.cbss.impt.hub.access.Caller;
import eu.cbss.impt.hub.access.Role;
import eu.cbss.impt.hub.platform.JsonBodies;
import eu.cbss.impt.hub.problem.Problem;
import eu.cbss.impt.hub.signal.Grade;
import eu.cbss.impt.hub.validation.FieldError;
import eu.cbss.impt.hub.validation.InvalidInput;
import eu.cbss.impt.hub.validation.JsonFields;
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
 * {@code /api/v1/clusters}: child and incident clusters, for national coordinators only (others 403).
 * Thin: the rules live in hub-domain's {@code Cluster} and {@code Corroboration}.
 */
@Path("clusters")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.NATIONAL_COORDINATOR_CLAIM)
@Tag(name = "clusters", description = "Child and incident clusters that link signals about one child or incident; "
        + "verify, dismiss, split and separate them (national coordinators)")
public class ClustersResource {

    private static final int MAX_PAGE_SIZE = 200;

    @Inject
    Caller caller;

    @Inject
    ClusterReading reading;

    @Inject
    ClusterDecisions decisions;

    @GET
    @Operation(operationId = "listClusters", summary = "A page of clusters",
            description = "Current clusters (not merged into another, with at least one signal), newest first; page is "
                    + "0-based. Each item has id, kind, signalIds, independentSources, assessedGrade, verification, "
                    + "pendingProposal. basis says what total counts: clusters, not signals nor children in the country.")
    @APIResponse(responseCode = "200", description = "A page", content = @Content(schema = @Schema(ref = "ClusterPage")))
    @APIResponse(responseCode = "400", description = "An unknown code or a bad page",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "403", description = "Not a national coordinator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public ClusterPage list(@QueryParam("kind") String kind, @QueryParam("verification") String verification,
            @QueryParam("assessedGrade") String assessedGrade, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        List<FieldError> errors = new ArrayList<>();
        ClusterKind k = kind == null ? null : JsonFields.code("kind", kind, ClusterKind.class, errors);
        Verification v = verification == null ? null : JsonFields.code("verification", verification, Verification.class, errors);
        Grade g = assessedGrade == null ? null : JsonFields.code("assessedGrade", assessedGrade, Grade.class, errors);
        int p = page == null ? 0 : page;
        int s = size == null ? 20 : size;
        if (p < 0) errors.add(new FieldError("page", "Pages are numbered from 0."));
        if (s < 1 || s > MAX_PAGE_SIZE) errors.add(new FieldError("size", "A page holds 1 to " + MAX_PAGE_SIZE + " clusters."));
        if (!errors.isEmpty()) {
            throw new InvalidInput("The query is not valid.", errors);
        }
        return reading.list(caller, k, v, g, p, s);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getCluster", summary = "A cluster",
            description = "Its signals (summaries), independent sources, assessed grade, verification and pending proposal, "
                    + "history, and the links between its members with similarity and basis. Never tokens or Bloom filters.")
    @Parameters(@Parameter(in = ParameterIn.PATH, name = "id", required = true, description = "The cluster's id",
            schema = @Schema(type = SchemaType.STRING, format = "uuid")))
    @APIResponse(responseCode = "200", description = "The cluster", content = @Content(schema = @Schema(ref = "Cluster")))
    @APIResponse(responseCode = "403", description = "Not a national coordinator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "404", description = "No such cluster",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public ClusterView get(@PathParam("id") String id) {
        return reading.detail(caller, parseId(id));
    }

    @POST
    @Path("{id}/verification")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "decideClusterVerification", summary = "Verify or dismiss a cluster",
            description = "DISMISSED takes effect at once. VERIFIED takes effect at once if a signal of the cluster is an "
                    + "official source (grade OFFICIAL or source OFFICIAL_RECORD); otherwise it is a proposal that a "
                    + "different national coordinator confirms (POST .../verification/confirmation). A rationale is required.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ClusterVerificationRequest")))
    @Parameters(@Parameter(in = ParameterIn.PATH, name = "id", required = true, description = "The cluster's id",
            schema = @Schema(type = SchemaType.STRING, format = "uuid")))
    @APIResponse(responseCode = "200", description = "Decided or proposed; the cluster", content = @Content(schema = @Schema(ref = "Cluster")))
    @APIResponse(responseCode = "400", description = "No rationale, or an unknown decision",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "403", description = "Not a national coordinator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "404", description = "No such cluster",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "409", description = "Already so decided, a proposal pending, merged away, or someone else acted just now",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public ClusterView verification(@PathParam("id") String id, InputStream body) {
        ClusterBodies.Decision d = ClusterBodies.decision(JsonBodies.readObject(body));
        return decisions.decide(caller, parseId(id), d.decision(), d.rationale());
    }

    @POST
    @Path("{id}/verification/confirmation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "confirmClusterVerification", summary = "Confirm a proposal to verify (maker-checker)",
            description = "By a national coordinator other than the proposer (the proposer gets 409), with a rationale.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ClusterConfirmationRequest")))
    @Parameters(@Parameter(in = ParameterIn.PATH, name = "id", required = true, description = "The cluster's id",
            schema = @Schema(type = SchemaType.STRING, format = "uuid")))
    @APIResponse(responseCode = "200", description = "VERIFIED; the cluster", content = @Content(schema = @Schema(ref = "Cluster")))
    @APIResponse(responseCode = "400", description = "No rationale",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "403", description = "Not a national coordinator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "409", description = "Nothing to confirm, the proposer confirming, or someone else acted just now",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public ClusterView confirmation(@PathParam("id") String id, InputStream body) {
        ClusterBodies.Confirmation c = ClusterBodies.confirmation(JsonBodies.readObject(body));
        return decisions.confirm(caller, parseId(id), c.rationale());
    }

    @POST
    @Path("{id}/split")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "splitCluster", summary = "Split a cluster",
            description = "The named signals leave into a new cluster, separated from the rest for good: a later signal "
                    + "resembling both joins one of them, never both. A verified cluster goes back to UNVERIFIED. "
                    + "Answers with the new cluster.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ClusterSplitRequest")))
    @Parameters(@Parameter(in = ParameterIn.PATH, name = "id", required = true, description = "The cluster's id",
            schema = @Schema(type = SchemaType.STRING, format = "uuid")))
    @APIResponse(responseCode = "200", description = "Split; the new cluster", content = @Content(schema = @Schema(ref = "Cluster")))
    @APIResponse(responseCode = "400", description = "No rationale, or signals not in the cluster, or all of them",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "403", description = "Not a national coordinator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "404", description = "No such cluster",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "409", description = "Merged away, or someone else acted just now",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public ClusterView split(@PathParam("id") String id, InputStream body) {
        ClusterBodies.Split s = ClusterBodies.split(JsonBodies.readObject(body));
        return decisions.split(caller, parseId(id), s.signalIds(), s.rationale());
    }

    @POST
    @Path("{id}/separation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "separateClusters", summary = "Not the same child (or incident), for good",
            description = "From now on no member of one cluster shares a cluster with a member of the other.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ClusterSeparationRequest")))
    @Parameters(@Parameter(in = ParameterIn.PATH, name = "id", required = true, description = "The cluster's id",
            schema = @Schema(type = SchemaType.STRING, format = "uuid")))
    @APIResponse(responseCode = "200", description = "Separated; this cluster", content = @Content(schema = @Schema(ref = "Cluster")))
    @APIResponse(responseCode = "400", description = "No rationale, no such other cluster, itself, or another kind",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "403", description = "Not a national coordinator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "404", description = "No such cluster",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "409", description = "Merged away, or someone else acted just now",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public ClusterView separation(@PathParam("id") String id, InputStream body) {
        ClusterBodies.Separation s = ClusterBodies.separation(JsonBodies.readObject(body));
        return decisions.separate(caller, parseId(id), s.otherClusterId(), s.rationale());
    }

    @POST
    @Path("{id}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "mergeClusters", summary = "Same child (or incident): merge another cluster into this one",
            description = "The other cluster's signals join this one, which keeps its id; the other is marked as merged, "
                    + "never deleted. A verified or dismissed cluster goes back to UNVERIFIED. Refused when a coordinator "
                    + "said the two are not the same, or a signal has a child in each. A split undoes it.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ClusterMergeRequest")))
    @Parameters(@Parameter(in = ParameterIn.PATH, name = "id", required = true, description = "The cluster that keeps its id",
            schema = @Schema(type = SchemaType.STRING, format = "uuid")))
    @APIResponse(responseCode = "200", description = "Merged; this cluster", content = @Content(schema = @Schema(ref = "Cluster")))
    @APIResponse(responseCode = "400", description = "No rationale; itself, no such other cluster, one merged away or of another kind",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "403", description = "Not a national coordinator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "404", description = "No such cluster",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "409", description = "Separated, sharing a signal, merged away, or someone else acted just now",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public ClusterView merge(@PathParam("id") String id, InputStream body) {
        ClusterBodies.Merge m = ClusterBodies.merge(JsonBodies.readObject(body));
        return decisions.merge(caller, parseId(id), m.otherClusterId(), m.rationale());
    }

    static UUID parseId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ClusterNotFound();
        }
    }
}
