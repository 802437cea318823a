package eu.cbss.impt.hub.web.i18n;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The UI's languages: English (the default) and Estonian, the demo hub's language. Which one a
 * request gets: the {@code lang} parameter (the switcher in the top bar), else the choice kept in
 * the session ({@link LanguageChoice}), else the first of the browser's Accept-Language that the
 * hub speaks, else English. Adding a language: a {@code messages_xx.properties}, a
 * {@code supported-locale} in faces-config.xml, a locale here and a link in the templates.
 */
public final class Languages {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale ESTONIAN = Locale.forLanguageTag("et");
    /** Default first. */
    public static final List<Locale> SUPPORTED = List.of(ENGLISH, ESTONIAN);
    /** The request parameter the language links set. */
    public static final String PARAMETER = "lang";

    private Languages() {
    }

    /** The supported language for a tag such as {@code et} or {@code et-EE}; empty for anything else. */
    public static Optional<Locale> supported(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        return supported(Locale.forLanguageTag(tag.trim().replace('_', '-')));
    }

    public static Optional<Locale> supported(Locale locale) {
        if (locale == null) {
            return Optional.empty();
        }
        return SUPPORTED.stream().filter(language -> language.getLanguage().equals(locale.getLanguage())).findFirst();
    }

    /** The first of the browser's languages (in preference order) the hub has, else English. */
    public static Locale preferred(Iterator<Locale> browserLocales) {
        if (browserLocales != null) {
            while (browserLocales.hasNext()) {
                Optional<Locale> language = supported(browserLocales.next());
                if (language.isPresent()) {
                    return language.get();
                }
            }
        }
        return ENGLISH;
    }

    /**
     * The address of the same page in another language: the path and query as they are, with
     * {@code lang} replaced. {@code /signals/view.xhtml}, {@code id=7&lang=en}, {@code et} give
     * {@code /signals/view.xhtml?id=7&lang=et}.
     */
    public static String switchLink(String path, String query, String language) {
        String kept = query == null || query.isEmpty() ? "" : Arrays.stream(query.split("&"))
                .filter(part -> !part.isEmpty() && !PARAMETER.equals(parameterName(part)))
                .collect(Collectors.joining("&"));
        return (path == null || path.isEmpty() ? "/" : path) + "?" + (kept.isEmpty() ? "" : kept + "&")
                + PARAMETER + "=" + language;
    }

    private static String parameterName(String part) {
        int equals = part.indexOf('=');
        String name = equals < 0 ? part : part.substring(0, equals);
        try {
            return URLDecoder.decode(name, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return name;
        }
    }
}
