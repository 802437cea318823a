package eu.cbss.impt.hub.platform;

import eu.cbss.impt.hub.access.Role;
import eu.cbss.impt.hub.problem.Problem;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;

/**
 * The API under /api/v1 (context root /api). Bearer tokens from the hub's Keycloak realm are
 * verified by MicroProfile JWT; {@code @ApplicationScoped} makes the class a bean, without which
 * injecting the token fails. The annotations here and on the resources make the OpenAPI description
 * at /openapi (committed as docs/openapi.yaml); {@link OpenApiFilter} tidies what Payara builds.
 * The server is relative ("/api", beside /openapi), so the description does not depend on the host.
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
        servers = @Server(url = "/api", description = "This hub: the API beside /openapi"),
        security = @SecurityRequirement(name = "keycloak"),
        components = @Components(responses = {
                @APIResponse(name = OpenApiFilter.UNAUTHENTICATED, description = "No valid access token of the hub's realm",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"))),
                @APIResponse(name = OpenApiFilter.FORBIDDEN, description = "The caller's role or organisation does not "
                        + "allow this (an organisation not registered or deactivated is refused everywhere but GET /me)",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))}))
@SecurityScheme(securitySchemeName = "keycloak", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "Access token of the Keycloak realm impt (audience hub-api)")
public class HubApplication extends Application {
}
