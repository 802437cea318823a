package eu.cbss.impt.hub.web.access;

import java.io.IOException;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.security.enterprise.authentication.mechanism.http.openid.OpenIdConstant;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import eu.cbss.impt.hub.web.settings.HubWebSettings;

/**
 * {@code /callback}: the OpenID Connect redirect URI. The authentication mechanism has already
 * exchanged the code for tokens when this runs; send the browser on to the page it first asked
 * for (same site only), or home. If sign-in did not complete, show the signed-out page.
 */
@WebServlet(name = "callback", urlPatterns = "/callback")
public class CallbackServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient OpenIdContext openIdContext;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String contextPath = request.getContextPath();
        if (request.getUserPrincipal() == null) {
            response.sendRedirect(contextPath + HubWebSettings.LOGGED_OUT_PAGE + "?reason=failed");
            return;
        }
        String site = request.getRequestURL().substring(0, request.getRequestURL().length() - request.getRequestURI().length())
                + contextPath;
        response.sendRedirect(ReturnAddress.choose(originalRequest(request, response), site, contextPath + "/index.xhtml"));
    }

    private Optional<String> originalRequest(HttpServletRequest request, HttpServletResponse response) {
        try {
            return openIdContext.<String>getStoredValue(request, response, OpenIdConstant.ORIGINAL_REQUEST);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
