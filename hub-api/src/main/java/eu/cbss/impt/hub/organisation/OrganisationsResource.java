package eu.cbss.impt.hub.organisation;

import eu.cbss.impt.hub.access.Caller;
import eu.cbss.impt.hub.access.Role;
import eu.cbss.impt.hub.platform.JsonBodies;
import eu.cbss.impt.hub.problem.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
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

/** {@code /api/v1/organisations}: the register of organisations, kept by hub administrators. Thin: the rules live in the domain. */
@Path("organisations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "organisations", description = "The register of organisations whose members may use the hub (kept by hub administrators)")
public class OrganisationsResource {

    @Inject
    Caller caller;

    @Inject
    OrganisationRegistry registry;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed({Role.HUB_ADMIN_CLAIM, Role.NATIONAL_COORDINATOR_CLAIM, Role.REGIONAL_COORDINATOR_CLAIM})
    @Operation(operationId = "listOrganisations", summary = "Every registered organisation, active or not, by id",
            description = "Hub administrators and coordinators. Only members of an active organisation may use the API.")
    @APIResponse(responseCode = "200", description = "The register ({items, total})",
            content = @Content(schema = @Schema(ref = "OrganisationRegister")))
    @APIResponse(responseCode = "403", description = "Not a hub administrator or coordinator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public OrganisationView.Register list() {
        return OrganisationView.Register.of(registry.list(caller));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.HUB_ADMIN_CLAIM, Role.NATIONAL_COORDINATOR_CLAIM, Role.REGIONAL_COORDINATOR_CLAIM})
    @Operation(operationId = "getOrganisation", summary = "One organisation")
    @Parameters(@Parameter(in = ParameterIn.PATH, name = "id", required = true, description = "The organisation's id",
            schema = @Schema(type = SchemaType.STRING, pattern = "^[a-z0-9][a-z0-9-]{1,99}$")))
    @APIResponse(responseCode = "200", description = "The organisation", content = @Content(schema = @Schema(ref = "OrganisationView")))
    @APIResponse(responseCode = "404", description = "No organisation with this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public OrganisationView get(@PathParam("id") String id) {
        return OrganisationView.from(registry.find(caller, id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.HUB_ADMIN_CLAIM)
    @Operation(operationId = "registerOrganisation", summary = "Register an organisation",
            description = "Hub administrators only. The id is the value of the organisation attribute of its members' "
                    + "accounts; active unless active=false is sent. Audited as ORGANISATION_CREATED.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "OrganisationRequest")))
    @APIResponse(responseCode = "201", description = "Registered", content = @Content(schema = @Schema(ref = "OrganisationView")))
    @APIResponse(responseCode = "400", description = "Invalid input, with per-field errors",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "403", description = "Not a hub administrator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "409", description = "An organisation with this id is already registered",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response register(InputStream body) {
        OrganisationReader.Registration registration = OrganisationReader.registration(JsonBodies.readObject(body));
        OrganisationView view = OrganisationView.from(registry.register(caller, registration));
        return Response.created(uri.getAbsolutePathBuilder().path(view.id()).build()).entity(view).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.HUB_ADMIN_CLAIM)
    @Operation(operationId = "reviseOrganisation", summary = "Change an organisation, deactivate or reactivate it",
            description = "Hub administrators only. Replaces name, type, level, region and network; active=false "
                    + "deactivates it (nothing is deleted; its members are refused with 403 until it is reactivated), "
                    + "active left out keeps it as it is. Send the version you read to be told (409) if someone else "
                    + "changed it meanwhile. Audited as ORGANISATION_UPDATED, with what changed.")
    @Parameters(@Parameter(in = ParameterIn.PATH, name = "id", required = true, description = "The organisation's id",
            schema = @Schema(type = SchemaType.STRING, pattern = "^[a-z0-9][a-z0-9-]{1,99}$")))
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "OrganisationRequest")))
    @APIResponse(responseCode = "200", description = "Changed (or unchanged, if nothing differed)",
            content = @Content(schema = @Schema(ref = "OrganisationView")))
    @APIResponse(responseCode = "400", description = "Invalid input, with per-field errors",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "403", description = "Not a hub administrator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "404", description = "No organisation with this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "409", description = "Someone else changed it since the version sent, or at the same moment",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public OrganisationView revise(@PathParam("id") String id, InputStream body) {
        OrganisationReader.Revision revision = OrganisationReader.revision(id, JsonBodies.readObject(body));
        return OrganisationView.from(registry.revise(caller, id, revision));
    }
}
