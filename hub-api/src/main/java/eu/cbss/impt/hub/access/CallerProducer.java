package eu.cbss.impt.hub.access;

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
        return new Caller(username != null ? username : token.getName(), roles,
                claim("organisation"), claim("region"), claim("country"));
    }

    private String claim(String name) {
        Object value = token.getClaim(name);
        return value == null ? null : value.toString().replace("\"", "");
    }
}
