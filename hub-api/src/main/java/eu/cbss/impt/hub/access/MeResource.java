package eu.cbss.impt.hub.access;

import eu.cbss.impt.hub.organisation.Membership;
import eu.cbss.impt.hub.organisation.OrganisationDirectory;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Who the API believes the caller is: what the UI shows in its top bar, and whether their
 * organisation is registered and active (this is the one call a member of another organisation may make).
 */
@Path("me")
@RequestScoped
@RolesAllowed({Role.SOCIAL_WORKER_CLAIM, Role.REGIONAL_COORDINATOR_CLAIM, Role.NATIONAL_COORDINATOR_CLAIM,
        Role.PARTNER_COUNTRY_CLAIM, Role.RESEARCHER_CLAIM, Role.HUB_ADMIN_CLAIM})
@Tag(name = "me", description = "Who the API takes the caller to be")
public class MeResource {

    @Inject
    Caller caller;

    @Inject
    JsonWebToken token;

    @Inject
    OrganisationDirectory organisations;

    /**
     * {@code organisationName} is null when the organisation is not registered; {@code organisationActive}
     * is false then too, and {@code organisationProblem} says why the API refuses the caller's other requests.
     */
    public record MeView(String username, String name, List<String> roles, String organisation, String organisationName,
            boolean organisationActive, String organisationProblem, String region, String country) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getMe", summary = "The signed-in user: roles and the organisation, region and country that bound what they see",
            description = "Also for members of an organisation that is not registered or was deactivated: "
                    + "organisationActive false and organisationProblem say why every other call answers 403.")
    public MeView me() {
        Object name = token.getClaim("name");
        Membership.Standing standing = organisations.standing(caller.organisation());
        String organisationName = standing == Membership.Standing.ACTIVE || standing == Membership.Standing.INACTIVE
                ? organisations.find(caller.organisation()).map(Membership.Registered::name).orElse(null) : null;
        return new MeView(caller.username(), name == null ? caller.username() : name.toString(),
                caller.roles().stream().sorted().map(Role::claim).toList(),
                caller.organisation(), organisationName, standing == Membership.Standing.ACTIVE,
                Membership.refusal(caller.organisation(), standing).orElse(null), caller.region(), caller.country());
    }
}
