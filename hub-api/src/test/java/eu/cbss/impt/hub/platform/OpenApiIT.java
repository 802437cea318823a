package eu.cbss.impt.hub.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import eu.cbss.impt.hub.testing.DeployedApi;
import eu.cbss.impt.hub.testing.OpenApiDescription;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI description that the deployed API serves at {@code /openapi} is the one committed as
 * {@code docs/openapi.yaml}, from which integrators generate clients and which the build lints and
 * generates its own test client from. A change of the API changes the served description: this test
 * then fails until the file is regenerated ({@code -Dopenapi.write=true}, see docs/api-guide.md).
 */
class OpenApiIT extends DeployedApi {

    private static final String REGENERATE = "flock /tmp/impt-it.lock mvn -B verify -pl hub-api -Dit.test=OpenApiIT "
            + "-Dopenapi.write=true -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false";

    @Test
    void theServedDescriptionIsTheCommittedOne() throws Exception {
        HttpResponse<String> served = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        base.toURI().resolve("/openapi?format=json")).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, served.statusCode(), "/openapi answered " + served.statusCode() + ": " + served.body());
        String description = OpenApiDescription.normalise(served.body());
        Path target = Path.of(System.getProperty("project.build.directory", "target"));
        Files.writeString(target.resolve("openapi-served.yaml"), description);

        Path committed = Path.of(System.getProperty("openapi.file", "../docs/openapi.yaml"));
        if (Boolean.getBoolean("openapi.write")) {
            Files.writeString(committed, description);
            System.out.println("OpenApiIT: wrote " + committed.toAbsolutePath().normalize());
            return;
        }
        String expected = Files.isRegularFile(committed) ? Files.readString(committed, StandardCharsets.UTF_8) : "";
        if (!expected.equals(description)) {
            fail(committed + " is not the description the API serves (" + firstDifference(expected, description)
                    + "). If the change of the API is intended, regenerate the file, review its diff and commit it:\n  "
                    + REGENERATE + "\nThe served description is in " + target.resolve("openapi-served.yaml") + ".");
        }
    }

    /** Where two texts part, by line. */
    static String firstDifference(String expected, String actual) {
        List<String> a = expected.lines().toList();
        List<String> b = actual.lines().toList();
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            String left = i < a.size() ? a.get(i) : "<end of file>";
            String right = i < b.size() ? b.get(i) : "<end of description>";
            if (!left.equals(right)) {
                return "line " + (i + 1) + ": committed '" + left.strip() + "', served '" + right.strip() + "'";
            }
        }
        return "they differ in line endings";
    }
}
