package eu.cbss.impt.hub.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** The language links in the top bar: {@code #{languages.link('et')}}, {@code #{languages.current('et')}}. */
@Named("languages")
@RequestScoped
public class LanguageSwitch {

    @Inject
    HttpServletRequest request;

    /** This page again, in the given language. */
    public String link(String language) {
        return Languages.switchLink(request.getRequestURI(), request.getQueryString(), language);
    }

    public boolean current(String language) {
        return UiText.locale().getLanguage().equals(language);
    }
}
