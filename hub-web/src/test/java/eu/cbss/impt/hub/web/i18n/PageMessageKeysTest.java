package eu.cbss.impt.hub.web.i18n;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every bundle key the pages and the code name exists in messages.properties, so a typo in a
 * page fails the build instead of showing "???key???". (That both languages have the same keys
 * is {@link MessageBundlesTest}.)
 */
class PageMessageKeysTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final Path JAVA = Path.of("src/main/java");

    /** {@code msg['a.b']} */
    private static final Pattern LITERAL = Pattern.compile("\\bmsg\\['([^']+)'\\]");
    /** {@code msg['signals.title.'.concat(currentUser.signalScopeName)]}: checked per scope in MessageBundlesTest */
    private static final Pattern BY_SCOPE = Pattern.compile("\\bmsg\\['([^']+\\.)'\\.concat\\(currentUser\\.signalScopeName\\)\\]");
    /** {@code msg[signalListBacking.titleKey]}: built in Java from a prefix checked below */
    private static final Pattern FROM_BEAN = Pattern.compile("\\bmsg\\[signalListBacking\\.titleKey\\]");
    /** {@code msg.word} (dot syntax works only for keys without dots) */
    private static final Pattern DOT = Pattern.compile("\\bmsg\\.([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern ANY_USE = Pattern.compile("\\bmsg\\s*[\\[.]");

    /** String literals in the Java code that are keys ("problem.invalid") or key prefixes ("role."). */
    private static final Pattern JAVA_KEY = Pattern.compile(
            "\"((?:app|nav|home|cluster|clusters|signal|signals|import|organisation|organisations|problem|value|loggedOut|forbidden|expired|role|estimate|estimates)\\.[A-Za-z0-9.-]*)\"");

    @Test
    void everyKeyUsedInThePagesExists() {
        Properties english = MessageBundlesTest.english();
        List<String> problems = new ArrayList<>();
        for (Path page : files(WEBAPP, ".xhtml")) {
            String text = read(page);
            int uses = count(ANY_USE, text);
            int known = 0;
            Matcher literal = LITERAL.matcher(text);
            while (literal.find()) {
                known++;
                if (!english.containsKey(literal.group(1))) {
                    problems.add(WEBAPP.relativize(page) + ": no key '" + literal.group(1) + "'");
                }
            }
            Matcher byScope = BY_SCOPE.matcher(text);
            while (byScope.find()) {
                known++;
                String prefix = byScope.group(1);
                if (english.stringPropertyNames().stream().noneMatch(key -> key.startsWith(prefix))) {
                    problems.add(WEBAPP.relativize(page) + ": no key starts with '" + prefix + "'");
                }
            }
            known += count(FROM_BEAN, text);
            Matcher dot = DOT.matcher(text);
            while (dot.find()) {
                known++;
                if (!english.containsKey(dot.group(1))) {
                    problems.add(WEBAPP.relativize(page) + ": no key '" + dot.group(1) + "'");
                }
            }
            if (uses != known) {
                problems.add(WEBAPP.relativize(page) + ": " + (uses - known)
                        + " use(s) of msg this test cannot check; write msg['key'] or teach PageMessageKeysTest the new form");
            }
        }
        if (!problems.isEmpty()) {
            fail(String.join("\n  ", problems));
        }
    }

    @Test
    void everyKeyNamedInTheCodeExists() {
        Properties english = MessageBundlesTest.english();
        List<String> problems = new ArrayList<>();
        int found = 0;
        for (Path source : files(JAVA, ".java")) {
            Matcher key = JAVA_KEY.matcher(read(source));
            while (key.find()) {
                found++;
                String name = key.group(1);
                boolean exists = name.endsWith(".")
                        ? english.stringPropertyNames().stream().anyMatch(k -> k.startsWith(name))
                        : english.containsKey(name);
                if (!exists) {
                    problems.add(JAVA.relativize(source) + ": no key " + (name.endsWith(".") ? "starts with " : "") + "'" + name + "'");
                }
            }
        }
        assertFalse(found == 0, "found no keys in the Java code: has the pattern gone stale?");
        if (!problems.isEmpty()) {
            fail(String.join("\n  ", problems));
        }
    }

    @Test
    void theCheckNoticesATypo() {
        Properties english = MessageBundlesTest.english();
        Matcher literal = LITERAL.matcher("<h:outputText value=\"#{msg['signal.new.titel']}\"/>");
        literal.find();
        assertFalse(english.containsKey(literal.group(1)));
    }

    private static List<Path> files(Path root, String suffix) {
        try (Stream<Path> paths = Files.walk(root)) {
            List<Path> found = paths.filter(path -> path.toString().endsWith(suffix)).sorted().toList();
            assertFalse(found.isEmpty(), "no " + suffix + " files under " + root.toAbsolutePath());
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int count(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
