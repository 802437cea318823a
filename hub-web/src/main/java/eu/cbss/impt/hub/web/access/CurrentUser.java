package eu.cbss.impt.hub.web.access;

import eu.cbss.impt.hub.access.Role;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.identitystore.openid.JwtClaims;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;

import eu.cbss.impt.hub.web.i18n.UiText;

/**
 * The signed-in user as the pages need them: name, roles, organisation, region and country, read
 * from the ID token (then the access token, then userinfo), and which role decides what they see.
 */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    HttpServletRequest request;

    @Inject
    OpenIdContext openId;

    public boolean isSignedIn() {
        return request.getUserPrincipal() != null;
    }

    public String getUsername() {
        return request.getUserPrincipal() == null ? "" : request.getUserPrincipal().getName();
    }

    public String getName() {
        return claim("name").or(() -> claim("preferred_username")).orElse(getUsername());
    }

    public String getOrganisation() {
        return claim("organisation").orElse("");
    }

    public String getRegion() {
        return claim("region").orElse("");
    }

    public String getCountry() {
        return claim("country").orElse("");
    }

    /** The hub's country in words ("Estonia"), from the user's {@code country} claim. */
    public String getCountryName() {
        String code = getCountry();
        if (code.isEmpty()) {
            return "";
        }
        String name = new Locale("", code).getDisplayCountry(UiText.locale());
        return name.isBlank() ? code : name;
    }

    public List<Role> getRoles() {
        return Arrays.stream(Role.values()).filter(this::has).toList();
    }

    public String getRoleLabels() {
        return getRoles().stream().map(role -> UiText.text("role." + role.claim())).collect(Collectors.joining(", "));
    }

    public boolean has(Role role) {
        return request.isUserInRole(role.claim());
    }

    public boolean is(String roleName) {
        return request.isUserInRole(roleName);
    }

    public boolean isSocialWorker() {
        return has(Role.SOCIAL_WORKER);
    }

    public boolean isRegionalCoordinator() {
        return has(Role.REGIONAL_COORDINATOR);
    }

    public boolean isNationalCoordinator() {
        return has(Role.NATIONAL_COORDINATOR);
    }

    /** Manages the hub: organisations (later keys, reference data, the audit log). */
    public boolean isHubAdmin() {
        return has(Role.HUB_ADMIN);
    }

    /** Files and reads signals: social workers and both coordinators. */
    public boolean isWorkingWithSignals() {
        return getRoles().stream().anyMatch(Role::worksWithSignals);
    }

    /** The widest view of signals the user has: national, else regional, else their organisation's. */
    public Optional<Role> getSignalScope() {
        if (isNationalCoordinator()) {
            return Optional.of(Role.NATIONAL_COORDINATOR);
        }
        if (isRegionalCoordinator()) {
            return Optional.of(Role.REGIONAL_COORDINATOR);
        }
        if (isSocialWorker()) {
            return Optional.of(Role.SOCIAL_WORKER);
        }
        return Optional.empty();
    }

    /** The signal scope in one word for bundle keys: {@code national}, {@code regional}, {@code organisation}. */
    public String getSignalScopeName() {
        return getSignalScope().map(CurrentUser::scopeName).orElse("");
    }

    public static String scopeName(Role role) {
        return switch (role) {
            case NATIONAL_COORDINATOR -> "national";
            case REGIONAL_COORDINATOR -> "regional";
            default -> "organisation";
        };
    }

    private Optional<String> claim(String name) {
        if (!isSignedIn()) {
            return Optional.empty();
        }
        try {
            Optional<String> value = claimOf(openId.getIdentityToken() == null ? null : openId.getIdentityToken().getJwtClaims(), name);
            if (value.isEmpty() && openId.getAccessToken() != null && openId.getAccessToken().isJWT()) {
                value = claimOf(openId.getAccessToken().getJwtClaims(), name);
            }
            if (value.isEmpty() && openId.getClaims() != null) {
                value = openId.getClaims().getStringClaim(name);
            }
            return value.filter(text -> !text.isBlank());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> claimOf(JwtClaims claims, String name) {
        return claims == null ? Optional.empty() : claims.getStringClaim(name);
    }
}
