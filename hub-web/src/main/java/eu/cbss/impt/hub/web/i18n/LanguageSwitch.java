package eu.cbss.impt.hub.web.i18n;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewMetadata;
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
        FacesContext faces = FacesContext.getCurrentInstance();
        String query = faces != null && faces.isPostback() ? viewParameters(faces) : request.getQueryString();
        return Languages.switchLink(request.getRequestURI(), query, language);
    }

    public boolean current(String language) {
        return UiText.locale().getLanguage().equals(language);
    }

    /**
     * After a form was posted, the address has lost the page's own parameters ({@code ?id=…}); the
     * view still holds them as its view parameters.
     */
    private static String viewParameters(FacesContext faces) {
        if (faces.getViewRoot() == null) return null;
        return ViewMetadata.getViewParameters(faces.getViewRoot()).stream()
                .map(p -> {
                    String value = p.getStringValue(faces);
                    return value == null || value.isEmpty() ? null : encode(p.getName()) + "=" + encode(value);
                })
                .filter(Objects::nonNull)
                .collect(Collectors.joining("&"));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
