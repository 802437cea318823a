package eu.cbss.impt.hub.web.access;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import eu.cbss.impt.hub.web.settings.HubWebSettings;

/**
 * {@code /logout}: ends the container login and the web session, then sends the browser to
 * Keycloak's end-session endpoint so the single sign-on session ends too; Keycloak then returns
 * the browser to {@code logged-out.xhtml}. Public, so that a second click on a stale page works.
 * {@code /logout?reason=expired} ends only the web session (after the API refused the token).
 */
@WebServlet(name = "logout", urlPatterns = "/logout")
public class LogoutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(LogoutServlet.class.getName());

    @Inject
    transient OpenIdContext openIdContext;

    @Inject
    transient HubWebSettings settings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if ("expired".equals(request.getParameter("reason"))) {
            restart(request, response);
            return;
        }
        boolean signedIn = request.getUserPrincipal() != null;
        String idToken = signedIn ? idToken() : null;
        String target = EndSession.url(endSessionEndpoint(signedIn), settings.getClientId(), idToken,
                settings.getPostLogoutRedirectUri());

        if (signedIn) {
            try {
                // Soteria's cleanSubject also invalidates the session (and may itself redirect to the same place)
                request.logout();
            } catch (ServletException | RuntimeException e) {
                LOG.log(Level.FINE, "container logout failed; the session is invalidated anyway", e);
            }
        }
        invalidate(request);
        if (!response.isCommitted()) {
            response.resetBuffer();
            response.sendRedirect(target);
        }
    }

    /**
     * {@code /logout?reason=expired}: the API refused the user's token. End only this web session
     * (the container login and the tokens live in it); Keycloak's session stays, so signing in
     * again from the signed-out page is one click.
     */
    private static void restart(HttpServletRequest request, HttpServletResponse response) throws IOException {
        invalidate(request);
        response.sendRedirect(request.getContextPath() + HubWebSettings.LOGGED_OUT_PAGE + "?reason=expired");
    }

    private static void invalidate(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyInvalid) {
                // invalidated by the container logout
            }
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        doGet(request, response);
    }

    private String idToken() {
        try {
            return openIdContext.getIdentityToken() == null ? null : openIdContext.getIdentityToken().getToken();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private String endSessionEndpoint(boolean signedIn) {
        if (signedIn) {
            try {
                JsonObject metadata = openIdContext.getProviderMetadata();
                if (metadata != null && metadata.containsKey("end_session_endpoint")) {
                    return metadata.getString("end_session_endpoint");
                }
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "no provider metadata in this session", e);
            }
        }
        return settings.getEndSessionEndpoint();
    }
}
