package eu.cbss.impt.hub.platform;

import eu.cbss.impt.hub.access.Role;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The API under /api/v1 (context root /api). Bearer tokens from the hub's Keycloak realm are
 * verified by MicroProfile JWT; {@code @ApplicationScoped} makes the class a bean, without which
 * injecting the token fails.
 */
@ApplicationScoped
@ApplicationPath("/v1")
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({Role.SOCIAL_WORKER_CLAIM, Role.REGIONAL_COORDINATOR_CLAIM, Role.NATIONAL_COORDINATOR_CLAIM,
        Role.PARTNER_COUNTRY_CLAIM, Role.RESEARCHER_CLAIM, Role.HUB_ADMIN_CLAIM})
@OpenAPIDefinition(
        info = @Info(title = "IMPT Hub API", version = "1",
                description = "National coordination of information on children at risk of trafficking and exploitation "
                        + "(BSR IMPT). Identifiers of children are write-only: they become linkage tokens and are never "
                        + "stored or returned. Errors are RFC 9457 application/problem+json."),
        security = @SecurityRequirement(name = "keycloak"))
@SecurityScheme(securitySchemeName = "keycloak", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "Access token of the Keycloak realm impt (audience hub-api)")
public class HubApplication extends Application {
}
