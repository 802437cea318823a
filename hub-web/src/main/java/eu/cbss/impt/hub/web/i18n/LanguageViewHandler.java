package eu.cbss.impt.hub.web.i18n;

import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;

/**
 * Gives every new view the user's language ({@code UIViewRoot.setLocale} happens in
 * {@code createView} with what this returns), so that view actions, messages and the page all
 * use it: {@code ?lang=xx} (kept in the session), else the session's choice, else the browser's
 * Accept-Language if the hub speaks it, else English. A session is not opened just to ask.
 */
public class LanguageViewHandler extends ViewHandlerWrapper {

    public LanguageViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        ExternalContext external = context.getExternalContext();
        Optional<Locale> asked = Languages.supported(external.getRequestParameterMap().get(Languages.PARAMETER));
        if (asked.isPresent()) {
            choice().choose(asked.get());
            return asked.get();
        }
        if (external.getSession(false) != null) {
            Optional<Locale> chosen = choice().chosen();
            if (chosen.isPresent()) {
                return chosen.get();
            }
        }
        return Languages.preferred(external.getRequestLocales());
    }

    private static LanguageChoice choice() {
        return CDI.current().select(LanguageChoice.class).get();
    }
}
