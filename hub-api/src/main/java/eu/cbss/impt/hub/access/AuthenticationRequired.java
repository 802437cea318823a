package eu.cbss.impt.hub.access;

import eu.cbss.impt.hub.problem.Problem;
import eu.cbss.impt.hub.problem.ProblemCode;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * Every API resource needs a valid bearer token: without one the answer is 401 with problem+json
 * (rather than the 403 JAX-RS gives an anonymous caller of a role-protected method).
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationRequired implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getSecurityContext().getUserPrincipal() == null) {
            request.abortWith(Problem.of(ProblemCode.AUTHENTICATION_REQUIRED,
                            "Send an access token of the hub's Keycloak realm as 'Authorization: Bearer <token>'.")
                    .toResponseBuilder()
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"impt\"")
                    .build());
        }
    }
}
