package eu.cbss.impt.hub.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The API guide's table of problem codes and the code agree: every {@link ProblemCode} is documented
 * with its status, every documented code exists, and every code is raised somewhere in the main
 * sources of the modules (a code nobody raises is a promise the API does not keep).
 */
class ProblemCodesDocumentedTest {

    private static final Pattern ROW = Pattern.compile("^\\| `([a-z0-9-]+)` \\| (\\d{3}|4xx) \\|", Pattern.MULTILINE);

    @Test
    void everyCodeIsInTheApiGuidesTableWithItsStatusAndNothingElseIs() throws IOException {
        String guide = Files.readString(Path.of("..", "docs", "api-guide.md"));
        Matcher m = ROW.matcher(guide.substring(guide.indexOf("## Problem codes")));
        Set<String> documented = new TreeSet<>();
        while (m.find()) {
            documented.add(m.group(1));
            ProblemCode code = ProblemCode.of(m.group(1)).orElse(null);
            if (code != null && !m.group(2).equals("4xx")) {
                assertEquals(code.status(), Integer.parseInt(m.group(2)), "status of " + m.group(1) + " in the guide");
            }
        }
        Set<String> declared = Arrays.stream(ProblemCode.values()).map(ProblemCode::code).collect(Collectors.toCollection(TreeSet::new));
        Set<String> undocumented = new TreeSet<>(declared);
        undocumented.removeAll(documented);
        Set<String> unknown = new TreeSet<>(documented);
        unknown.removeAll(declared);
        assertTrue(undocumented.isEmpty(), "Not in docs/api-guide.md, Problem codes: " + undocumented);
        assertTrue(unknown.isEmpty(), "In docs/api-guide.md but not a ProblemCode: " + unknown);
    }

    @Test
    void everyCodeIsRaisedSomewhere() throws IOException {
        StringBuilder sources = new StringBuilder();
        for (String module : List.of("hub-domain", "hub-api")) {
            try (Stream<Path> files = Files.walk(Path.of("..", module, "src", "main", "java"))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java") && !p.endsWith("ProblemCode.java")).toList()) {
                    sources.append(Files.readString(f));
                }
            }
        }
        Set<String> unused = new TreeSet<>();
        for (ProblemCode code : ProblemCode.values()) {
            if (!sources.toString().contains("ProblemCode." + code.name())) unused.add(code.name());
        }
        assertTrue(unused.isEmpty(), "Declared but raised nowhere: " + unused);
    }
}
