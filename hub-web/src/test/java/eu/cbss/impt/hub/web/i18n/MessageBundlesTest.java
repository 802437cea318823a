package eu.cbss.impt.hub.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import eu.cbss.impt.hub.access.Role;

/** The UI is complete in English and Estonian: the same keys, every Estonian text really translated. */
class MessageBundlesTest {

    /**
     * Keys whose Estonian value may be the same as the English one: names, patterns and loanwords,
     * never sentences. Keep this list short.
     */
    static final Set<String> SAME_IN_BOTH = Set.of(
            "app.name",                  // IMPT Hub, a proper name
            "app.title",                 // {0} — {1}
            "signal.new.datePattern",    // yyyy-MM-dd, the hub's one date format
            "concern.AU_PAIR",           // "au pair" is the Estonian term too
            "cluster.view.title");       // {0} {1}: the kind and the reference

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[A-Za-z0-9]+}");

    static Properties load(String file) {
        String resource = UiText.BUNDLE.replace('.', '/') + file;
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, resource + " is not on the class path");
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            return properties;
        } catch (IOException e) {
            throw new AssertionError(resource, e);
        }
    }

    static Properties english() {
        return load(".properties");
    }

    static Properties estonian() {
        return load("_et.properties");
    }

    @Test
    void bundlesHaveTheSameKeys() {
        Properties english = english();
        Properties estonian = estonian();
        Set<String> missingInEstonian = new TreeSet<>(english.stringPropertyNames());
        missingInEstonian.removeAll(estonian.stringPropertyNames());
        Set<String> missingInEnglish = new TreeSet<>(estonian.stringPropertyNames());
        missingInEnglish.removeAll(english.stringPropertyNames());
        List<String> problems = new ArrayList<>();
        missingInEstonian.forEach(key -> problems.add("missing in messages_et.properties: " + key));
        missingInEnglish.forEach(key -> problems.add("missing in messages.properties: " + key));
        if (!problems.isEmpty()) {
            fail(problems.size() + " key(s) missing:\n  " + String.join("\n  ", problems));
        }
    }

    @Test
    void everyEstonianTextIsTranslated() {
        Properties english = english();
        Properties estonian = estonian();
        List<String> problems = new ArrayList<>();
        for (String key : new TreeSet<>(estonian.stringPropertyNames())) {
            String value = estonian.getProperty(key).strip();
            if (value.isEmpty()) {
                problems.add(key + " is empty in Estonian");
            } else if (value.equals(english.getProperty(key, "").strip()) && !SAME_IN_BOTH.contains(key)) {
                problems.add(key + " is still English: \"" + value + "\" (translate it, or add the key to SAME_IN_BOTH if it is a name or pattern)");
            }
        }
        for (String key : new TreeSet<>(english.stringPropertyNames())) {
            if (english.getProperty(key).isBlank()) {
                problems.add(key + " is empty in English");
            }
        }
        SAME_IN_BOTH.stream().filter(key -> !english.containsKey(key)).forEach(key -> problems.add("SAME_IN_BOTH names an unknown key: " + key));
        if (!problems.isEmpty()) {
            fail(String.join("\n  ", problems));
        }
    }

    @Test
    void bothLanguagesHaveTheSamePlaceholders() {
        Properties english = english();
        Properties estonian = estonian();
        List<String> problems = new ArrayList<>();
        for (String key : new TreeSet<>(english.stringPropertyNames())) {
            if (estonian.containsKey(key)) {
                Set<String> inEnglish = placeholders(english.getProperty(key));
                Set<String> inEstonian = placeholders(estonian.getProperty(key));
                if (!inEnglish.equals(inEstonian)) {
                    problems.add(key + ": English has " + inEnglish + ", Estonian " + inEstonian);
                }
            }
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n  ", problems));
    }

    /** MessageFormat swallows a single quote, and the text after it loses its {0}. */
    @Test
    void textsWithArgumentsHaveNoApostrophes() {
        List<String> problems = new ArrayList<>();
        for (Properties bundle : List.of(english(), estonian())) {
            for (String key : bundle.stringPropertyNames()) {
                String value = bundle.getProperty(key);
                if (value.matches("(?s).*\\{\\d}.*") && value.contains("'")) {
                    problems.add(key + ": " + value);
                }
            }
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n  ", problems));
    }

    @Test
    void javaReadsTheEstonianBundleAsUtf8() {
        ResourceBundle.clearCache();
        ResourceBundle bundle = ResourceBundle.getBundle(UiText.BUNDLE, Languages.ESTONIAN);
        assertEquals("Liigu põhisisu juurde", bundle.getString("app.skipToContent"));
        assertEquals("Õiguslik seisund", bundle.getString("signal.field.legalStatus"));
        assertEquals("Kinnitamata teave", bundle.getString("grade.MAYBE"));
    }

    @Test
    void englishIsNotReplacedByTheServersDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("et-EE"));
            ResourceBundle.clearCache();
            ResourceBundle bundle = ResourceBundle.getBundle(UiText.BUNDLE, Languages.ENGLISH);
            assertEquals("Skip to the main content", bundle.getString("app.skipToContent"));
        } finally {
            Locale.setDefault(before);
            ResourceBundle.clearCache();
        }
    }

    /** Keys the code builds from a prefix: one per role, one per signal scope. */
    @Test
    void keysBuiltInCodeExistInBothLanguages() {
        Properties english = english();
        Properties estonian = estonian();
        List<String> keys = new ArrayList<>();
        for (Role role : Role.values()) {
            keys.add("role." + role.claim());
            if (role.worksWithSignals()) {
                String scope = eu.cbss.impt.hub.web.access.CurrentUser.scopeName(role);
                keys.add("signals.title." + scope);
                keys.add("home.signals.intro." + scope);
            }
        }
        keys.add("app.language");
        List<String> missing = keys.stream().filter(key -> !english.containsKey(key) || !estonian.containsKey(key)).toList();
        assertTrue(missing.isEmpty(), () -> "missing: " + missing);
    }

    private static Set<String> placeholders(String value) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(value);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }
}
