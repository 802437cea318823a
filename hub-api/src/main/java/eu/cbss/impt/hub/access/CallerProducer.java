package eu.cbss.impt.hub.access;

import eu.cbss.impt.hub.problem.ProblemCode;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Builds the {@link Caller} of a request from its verified token (roles from {@code groups}, attributes from claims). */
@RequestScoped
public class CallerProducer {

    @Inject
    JsonWebToken token;

    /** Dependent: a record cannot be proxied, and each request-scoped resource asks once per request. */
    @Produces
    Caller caller() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (token.getGroups() != null) {
            token.getGroups().forEach(g -> Role.fromClaim(g).ifPresent(roles::add));
        }
        String username = claim("preferred_username");
        Caller caller = new Caller(username != null ? username : token.getName(), roles,
                claim("organisation"), claim("region"), claim("country"));
        requireFits("user name", caller.username(), 100);
        requireFits("organisation", caller.organisation(), 100);
        requireFits("region", caller.region(), 5);
        return caller;
    }

    /** Keycloak's user profile restricts these attributes; a token from elsewhere may not. */
    private static void requireFits(String what, String value, int max) {
        if (value != null && value.length() > max) {
            throw new AccessDenied(ProblemCode.ACCOUNT_ATTRIBUTE_TOO_LONG, "Your account's " + what + " attribute is longer than " + max
                    + " characters; ask the hub administrator to correct it.");
        }
    }

    private String claim(String name) {
        Object value = token.getClaim(name);
        return value == null ? null : value.toString().replace("\"", "");
    }
}
