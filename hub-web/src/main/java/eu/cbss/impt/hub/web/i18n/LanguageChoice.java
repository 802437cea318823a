package eu.cbss.impt.hub.web.i18n;

import java.io.Serializable;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.SessionScoped;

/**
 * The language the user picked with the switcher in the top bar, kept for their session. Empty
 * until they pick one: then the browser's Accept-Language decides (see {@link Languages}).
 */
@SessionScoped
public class LanguageChoice implements Serializable {

    private static final long serialVersionUID = 1L;

    private Locale chosen;

    public Optional<Locale> chosen() {
        return Optional.ofNullable(chosen);
    }

    public void choose(Locale language) {
        this.chosen = Languages.supported(language).orElse(null);
    }
}
