package eu.cbss.impt.hub.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import eu.cbss.impt.hub.testing.ApiClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The committed OpenAPI description passes Redocly CLI's recommended rules ({@code docs/redocly.yaml})
 * as an integrator would run them: no error and no warning, but for the exceptions explained in
 * {@code docs/.redocly.lint-ignore.yaml}. Redocly CLI (pinned: {@code redocly.version} in hub-api's pom)
 * is installed from the npm registry into {@code target/redocly} once; this needs Node.js 20 and npm.
 */
class OpenApiLintTest {

    private static final Path DESCRIPTION = Path.of(System.getProperty("openapi.file", "../docs/openapi.yaml"));
    private static final String VERSION = System.getProperty("redocly.version", "2.77.0");
    private static final Path TARGET = Path.of(System.getProperty("project.build.directory", "target"));

    @Test
    void theCommittedDescriptionPassesRedoclysRecommendedRules() throws Exception {
        Path redocly = installedRedocly();
        Path config = DESCRIPTION.resolveSibling("redocly.yaml");
        Run lint = run(List.of(redocly.toString(), "lint", DESCRIPTION.toString(), "--config", config.toString(),
                "--format=json"), 120);
        JsonNode report;
        try {
            report = ApiClient.JSON.readTree(lint.out());
        } catch (IOException e) {
            throw new AssertionError("Redocly did not answer JSON (exit " + lint.exit() + "): " + lint.out() + lint.err(), e);
        }
        List<String> problems = new ArrayList<>();
        report.path("problems").forEach(p -> problems.add(p.path("severity").asText() + " " + p.path("ruleId").asText()
                + " at " + p.path("location").path(0).path("pointer").asText() + " (line "
                + p.path("location").path(0).path("start").path("line").asText() + "): " + p.path("message").asText()));
        if (!problems.isEmpty()) {
            fail(DESCRIPTION + " breaks Redocly's recommended rules (" + report.path("totals") + "). Fix the OpenAPI "
                    + "annotations of hub-api and regenerate the file (docs/api-guide.md, \"The OpenAPI description\"); "
                    + "a warning that must stay goes into docs/.redocly.lint-ignore.yaml with a comment saying why.\n"
                    + String.join("\n", problems));
        }
        assertEquals(0, lint.exit(), lint.err());
    }

    /** Redocly CLI in target/redocly, installed with npm unless the pinned version is already there. */
    private static Path installedRedocly() throws Exception {
        Path prefix = TARGET.resolve("redocly").toAbsolutePath();
        Path cli = prefix.resolve("node_modules/.bin/redocly");
        Path packageJson = prefix.resolve("node_modules/@redocly/cli/package.json");
        if (Files.isExecutable(cli) && Files.isRegularFile(packageJson)
                && VERSION.equals(ApiClient.JSON.readTree(packageJson.toFile()).path("version").asText())) {
            return cli;
        }
        Files.createDirectories(prefix);
        Run install = run(List.of("npm", "install", "--prefix", prefix.toString(), "--no-audit", "--no-fund",
                "--loglevel=error", "@redocly/cli@" + VERSION), 600);
        if (install.exit() != 0 || !Files.isExecutable(cli)) {
            fail("Could not install Redocly CLI " + VERSION + " with npm (Node.js 20 and npm are needed for the OpenAPI "
                    + "lint; exit " + install.exit() + "):\n" + install.out() + install.err());
        }
        return cli;
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run run(List<String> command, int timeoutSeconds) throws Exception {
        Path out = Files.createTempFile(TARGET.toAbsolutePath(), "redocly-", ".out");
        Path err = Files.createTempFile(TARGET.toAbsolutePath(), "redocly-", ".err");
        Process p;
        try {
            p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        } catch (IOException e) {
            throw new AssertionError("Could not run " + command.get(0) + " (Node.js 20 and npm are needed for the "
                    + "OpenAPI lint)", e);
        }
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail(String.join(" ", command) + " did not end within " + timeoutSeconds + " s");
        }
        try {
            return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
