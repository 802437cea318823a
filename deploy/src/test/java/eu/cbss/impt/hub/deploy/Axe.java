package eu.cbss.impt.hub.deploy;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** axe-core's WCAG 2.1 A and AA rules run in the page (ui.md: "checked with axe-core in the browser tests"). */
final class Axe {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String RUN = """
            async () => {
              const result = await axe.run(document, {
                runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}
              });
              return JSON.stringify(result.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                            targets: v.nodes.map(n => n.target.join(' ')),
                            summary: v.nodes.length ? v.nodes[0].failureSummary : ''})));
            }
            """;

    /** axe.min.js from the axe-core webjar on the test class path; its version from the jar's pom.properties. */
    private static final String SCRIPT = script();

    private Axe() {
    }

    /**
     * Runs axe on what the page shows now. Its serious and critical violations are added to
     * {@code problems} (they fail the test); moderate and minor ones are printed, to be looked at.
     */
    static void audit(Page page, String name, String baseUrl, List<String> problems) {
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.addScriptTag(new Page.AddScriptTagOptions().setContent(SCRIPT));
        JsonNode violations;
        try {
            violations = JSON.readTree((String) page.evaluate(RUN));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (JsonNode v : violations) {
            List<String> targets = new ArrayList<>();
            v.get("targets").forEach(t -> targets.add(t.asText()));
            String impact = v.get("impact").asText();
            String text = name + " [" + page.url().replace(baseUrl, "") + "]: " + v.get("id").asText()
                    + " (" + impact + ") " + v.get("help").asText()
                    + "\n    " + targets.size() + " element(s), e.g. " + targets.subList(0, Math.min(4, targets.size()))
                    + "\n    " + v.get("summary").asText().replace("\n", "\n    ");
            if (impact.equals("serious") || impact.equals("critical")) {
                problems.add(text);
            } else {
                System.out.println("axe-core, not failing: " + text);
            }
        }
    }

    private static String script() {
        Properties pom = new Properties();
        try (InputStream in = Axe.class.getResourceAsStream("/META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
            assertNotNull(in, "the axe-core webjar is on the test class path");
            pom.load(in);
            String path = "/META-INF/resources/webjars/axe-core/" + pom.getProperty("version") + "/axe.min.js";
            try (InputStream js = Axe.class.getResourceAsStream(path)) {
                assertNotNull(js, path);
                return new String(js.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
