package eu.cbss.impt.hub.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.cbss.impt.hub.cluster.ClusterAct;
import eu.cbss.impt.hub.cluster.ClusterKind;
import eu.cbss.impt.hub.cluster.Verification;
import eu.cbss.impt.hub.problem.ProblemCode;
import eu.cbss.impt.hub.signal.Grade;
import eu.cbss.impt.hub.signal.ReviewDecision;
import eu.cbss.impt.hub.signal.ReviewStatus;
import eu.cbss.impt.hub.signal.SourceType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * hub-web shows what hub-api decides: buttons from {@code allowedActions}, messages from problem
 * {@code code}s, the grade's reason from {@code gradeReason} (docs/architecture.md). This fails when
 * its sources compare a grade, source type, review status or decision, verification or cluster act
 * with a string, or use hub-domain beyond the one Role vocabulary.
 */
class NoDomainRulesInWebTest {

    private static final Path MAIN = Path.of("src", "main");

    /** Every value of the domain's state and grading vocabularies. */
    private static final Set<String> DOMAIN_VALUES = Stream.of(Grade.values(), SourceType.values(), ReviewStatus.values(),
            ReviewDecision.values(), Verification.values(), ClusterAct.values(), ClusterKind.values())
            .flatMap(Arrays::stream).map(e -> ((Enum<?>) e).name()).collect(Collectors.toSet());

    /** {@code "X".equals(}, {@code .equals("X")}, {@code case "X"} in Java; {@code eq 'X'}, {@code == 'X'}, {@code ne}, {@code !=} in EL. */
    private static final List<Pattern> COMPARISONS = List.of(
            Pattern.compile("\"([A-Z_]+)\"\\s*\\.\\s*equals"),
            Pattern.compile("equals(?:IgnoreCase)?\\(\\s*\"([A-Z_]+)\"\\s*\\)"),
            Pattern.compile("case\\s+\"([A-Z_]+)\""),
            Pattern.compile("(?:\\beq\\b|\\bne\\b|==|!=)\\s*'([A-Z_]+)'"),
            Pattern.compile("'([A-Z_]+)'\\s*(?:\\beq\\b|\\bne\\b|==|!=)"));

    @Test
    void noPageOrBeanComparesADomainValue() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : sources(".java", ".xhtml")) {
            String text = Files.readString(file);
            for (Pattern p : COMPARISONS) {
                Matcher m = p.matcher(text);
                while (m.find()) {
                    if (DOMAIN_VALUES.contains(m.group(1))) found.add(MAIN.relativize(file) + ": " + m.group());
                }
            }
        }
        assertTrue(found.isEmpty(), "hub-web re-derives a domain rule; use allowedActions, code or gradeReason: " + found);
    }

    @Test
    void hubDomainIsUsedOnlyForItsRoleVocabulary() throws IOException {
        Pattern domainImport = Pattern.compile("^import (?:static )?eu\\.cbss\\.impt\\.hub\\.(?!web\\.)([\\w.]+);", Pattern.MULTILINE);
        List<String> found = new ArrayList<>();
        for (Path file : sources(".java")) {
            Matcher m = domainImport.matcher(Files.readString(file));
            while (m.find()) {
                if (!m.group(1).equals("access.Role")) found.add(MAIN.relativize(file) + ": " + m.group(1));
            }
        }
        assertTrue(found.isEmpty(), "hub-web uses hub-domain beyond access.Role: " + found);
    }

    @Test
    void everyProblemCodeHasItsWordsInEveryLanguage() throws IOException {
        for (String bundle : List.of("messages.properties", "messages_et.properties")) {
            Properties words = new Properties();
            try (InputStream in = getClass().getResourceAsStream("/eu/cbss/impt/hub/web/" + bundle)) {
                words.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
            List<String> missing = Arrays.stream(ProblemCode.values()).map(c -> "problem." + c.code())
                    .filter(k -> !words.containsKey(k)).toList();
            assertTrue(missing.isEmpty(), bundle + " lacks " + missing);
        }
    }

    @Test
    void everyNearMissReasonHasItsWordsInEveryLanguage() throws IOException {
        for (String bundle : List.of("messages.properties", "messages_et.properties")) {
            Properties words = new Properties();
            try (InputStream in = getClass().getResourceAsStream("/eu/cbss/impt/hub/web/" + bundle)) {
                words.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
            List<String> missing = Arrays.stream(eu.cbss.impt.hub.linkage.Refusal.Reason.values())
                    .filter(eu.cbss.impt.hub.linkage.Refusal.Reason::nearMiss)
                    .map(r -> r.name().toLowerCase().replace('_', '-'))
                    .flatMap(code -> Stream.of("nearMisses.reason." + code, "nearMisses.reasonShort." + code))
                    .filter(k -> !words.containsKey(k)).toList();
            assertTrue(missing.isEmpty(), bundle + " lacks " + missing);
        }
    }

    private static List<Path> sources(String... endings) throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(f -> Arrays.stream(endings).anyMatch(e -> f.toString().endsWith(e))).toList();
        }
    }
}
