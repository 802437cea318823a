package eu.cbss.impt.hub.web.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

import jakarta.faces.context.FacesContext;

/** Text from the UI's resource bundle, in the current view's language. */
public final class UiText {

    public static final String BUNDLE = "eu.cbss.impt.hub.web.messages";

    private UiText() {
    }

    public static String text(String key, Object... arguments) {
        return text(locale(), key, arguments);
    }

    /** The text in a given language; {@code {0}}, … formatted as that language does (numbers with its digit grouping). */
    public static String text(Locale locale, String key, Object... arguments) {
        String pattern = find(locale, key).orElse(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    public static Optional<String> find(String key) {
        return find(locale(), key);
    }

    public static Optional<String> find(Locale locale, String key) {
        try {
            return Optional.of(ResourceBundle.getBundle(BUNDLE, locale).getString(key));
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }

    public static Locale locale() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context != null && context.getViewRoot() != null) {
            return context.getViewRoot().getLocale();
        }
        return Locale.ENGLISH;
    }
}
