package eu.cbss.impt.hub.access;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Who the API believes the caller is: what the UI shows in its top bar. */
@Path("me")
@RequestScoped
@RolesAllowed({Role.SOCIAL_WORKER_CLAIM, Role.REGIONAL_COORDINATOR_CLAIM, Role.NATIONAL_COORDINATOR_CLAIM,
        Role.PARTNER_COUNTRY_CLAIM, Role.RESEARCHER_CLAIM, Role.HUB_ADMIN_CLAIM})
public class MeResource {

    @Inject
    Caller caller;

    @Inject
    JsonWebToken token;

    public record MeView(String username, String name, List<String> roles, String organisation, String region,
            String country) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The signed-in user: roles and the organisation, region and country that bound what they see")
    public MeView me() {
        Object name = token.getClaim("name");
        return new MeView(caller.username(), name == null ? caller.username() : name.toString(),
                caller.roles().stream().sorted().map(Role::claim).toList(),
                caller.organisation(), caller.region(), caller.country());
    }
}
