package eu.cbss.impt.hub.web.access;

import eu.cbss.impt.hub.access.Role;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.LogoutDefinition;

/**
 * Browser sign-in: the OpenID Connect code flow against the hub's Keycloak realm.
 * <p>
 * Values come from {@code hubWebSettings} through immediate EL ({@code ${...}}), which Soteria 3.0.3
 * evaluates when it first builds the configuration; {@code ${baseURL}} in the redirect URI is
 * Soteria's own placeholder for the request's scheme, host, port and context path. Roles are the
 * tokens' {@code groups} claim; Payara maps each group to the role of the same name.
 * After sign-in the browser lands on {@code /callback} ({@link CallbackServlet}).
 */
@ApplicationScoped
@DeclareRoles({Role.SOCIAL_WORKER_CLAIM, Role.REGIONAL_COORDINATOR_CLAIM, Role.NATIONAL_COORDINATOR_CLAIM,
        Role.PARTNER_COUNTRY_CLAIM, Role.RESEARCHER_CLAIM, Role.HUB_ADMIN_CLAIM})
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${hubWebSettings.providerUri}",
        clientId = "${hubWebSettings.clientId}",
        clientSecret = "${hubWebSettings.clientSecret}",
        redirectURI = "${baseURL}/callback",
        scope = {"openid", "profile", "email"},
        tokenAutoRefresh = true,
        claimsDefinition = @ClaimsDefinition(callerGroupsClaim = "groups"),
        logout = @LogoutDefinition(notifyProvider = true, redirectURI = "${hubWebSettings.postLogoutRedirectUri}"))
public class HubWebSecurity {
}
