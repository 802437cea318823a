package eu.cbss.impt.hub.organisation;

import eu.cbss.impt.hub.access.Role;
import eu.cbss.impt.hub.problem.Problem;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Only members of a registered, active organisation use the API: any other authenticated caller
 * gets 403 saying which organisation their account names and why it does not let them in. Runs
 * after {@link eu.cbss.impt.hub.access.AuthenticationRequired}. Exempt: hub administrators (they
 * register the organisations), and {@code GET /me}, which tells the UI whether the organisation is
 * active. The lookup is in memory ({@link OrganisationDirectory}).
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION + 10)
public class ActiveOrganisationRequired implements ContainerRequestFilter {

    @Inject
    OrganisationDirectory directory;

    @Override
    public void filter(ContainerRequestContext request) {
        SecurityContext security = request.getSecurityContext();
        Principal principal = security.getUserPrincipal();
        // The token's groups, not isUserInRole: that goes through JACC, a few percent of every request's CPU.
        JsonWebToken token = principal instanceof JsonWebToken jwt ? jwt : null;
        if (principal == null || hubAdmin(token) || isMe(request)) {
            return;
        }
        String organisation = token == null ? null : organisationClaim(token);
        Membership.Standing standing = directory.standing(organisation);
        Membership.refusal(organisation, standing)
                .ifPresent(why -> request.abortWith(Problem.of(standing.problemCode(), why).toResponse()));
    }

    private static boolean hubAdmin(JsonWebToken token) {
        return token != null && token.getGroups() != null && token.getGroups().contains(Role.HUB_ADMIN_CLAIM);
    }

    /** {@code GET /me} ({@link eu.cbss.impt.hub.access.MeResource}), the path relative to /api/v1. */
    private static boolean isMe(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        return HttpMethod.GET.equals(request.getMethod()) && path != null && path.replaceAll("^/+|/+$", "").equals("me");
    }

    private static String organisationClaim(JsonWebToken token) {
        Object value = token.getClaim("organisation");
        return value == null ? null : value.toString().replace("\"", "");
    }
}
