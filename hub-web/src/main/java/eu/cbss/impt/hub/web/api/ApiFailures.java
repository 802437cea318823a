package eu.cbss.impt.hub.web.api;

import eu.cbss.impt.hub.web.i18n.UiText;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;

import org.primefaces.PrimeFaces;

/**
 * Tells the user, in plain words, what an {@link ApiProblem} means. A 401 ends the session and
 * sends the browser to the signed-out page, from where one click signs in again (an automatic
 * redirect to the login could loop if the API kept refusing the token).
 */
@RequestScoped
public class ApiFailures {

    private static final Logger LOG = Logger.getLogger(ApiFailures.class.getName());
    /** Ends the web session only; see {@code eu.cbss.impt.hub.web.access.LogoutServlet}. */
    public static final String RESTART = "/logout?reason=expired";

    /** Shows the problem as a global message; a 404 with the caller's own wording. */
    public void show(ApiProblem problem, String notFoundKey) {
        if (problem.isUnauthorized()) {
            restartSession();
            return;
        }
        String key;
        if (problem.isOrganisationNotActive()) {
            key = "problem.organisationNotActive";
        } else if (problem.isForbidden()) {
            key = "problem.forbidden";
        } else if (problem.isNotFound()) {
            key = notFoundKey == null ? "problem.notFound" : notFoundKey;
        } else if (problem.isInvalidInput()) {
            key = "problem.invalid";
        } else {
            key = "problem.unavailable";
        }
        String text = UiText.text(key);
        String detail = problem.isInvalidInput() && problem.detail() != null ? problem.detail() : text;
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, detail));
    }

    public void show(ApiProblem problem) {
        show(problem, null);
    }

    /**
     * Sends the browser to {@code /logout?reason=expired}, which ends this web session (and with it
     * the container login and the tokens) and shows the signed-out page. Keycloak's session is
     * left alone, so signing in again is usually one click. The session is not ended here, in the
     * middle of a Faces request that may still need it.
     */
    public void restartSession() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        String target = external.getRequestContextPath() + RESTART;
        if (faces.getCurrentPhaseId() == PhaseId.RENDER_RESPONSE) {
            // e.g. a lazy table loading while the page is drawn: too late to redirect, let the browser go
            PrimeFaces.current().executeScript("window.location.assign('" + target + "');");
            return;
        }
        try {
            external.redirect(target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException committed) {
            LOG.log(Level.WARNING, "could not redirect after the API refused the token: {0}", committed.toString());
        }
        faces.responseComplete();
    }
}
