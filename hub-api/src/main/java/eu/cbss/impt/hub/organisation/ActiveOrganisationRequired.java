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

    /** The title of the refusal, and so the end of its problem type: {@code urn:impt-hub:problem:organisation-not-active}. */
    public static final String TITLE = "Organisation not active";

    @Inject
    OrganisationDirectory directory;

    @Override
    public void filter(ContainerRequestContext request) {
        SecurityContext security = request.getSecurityContext();
        Principal principal = security.getUserPrincipal();
        if (principal == null || security.isUserInRole(Role.HUB_ADMIN_CLAIM) || isMe(request)) {
            return;
        }
        String organisation = organisationClaim(principal);
        Membership.refusal(organisation, directory.standing(organisation))
                .ifPresent(why -> request.abortWith(Problem.of(403, TITLE, why).toResponse()));
    }

    /** {@code GET /me} ({@link eu.cbss.impt.hub.access.MeResource}), the path relative to /api/v1. */
    private static boolean isMe(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        return HttpMethod.GET.equals(request.getMethod()) && path != null && path.replaceAll("^/+|/+$", "").equals("me");
    }

    private static String organisationClaim(Principal principal) {
        if (!(principal instanceof JsonWebToken token)) {
            return null;
        }
        Object value = token.getClaim("organisation");
        return value == null ? null : value.toString().replace("\"", "");
    }
}
