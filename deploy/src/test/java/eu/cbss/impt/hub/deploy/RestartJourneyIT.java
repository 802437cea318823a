package eu.cbss.impt.hub.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.cbss.impt.hub.testing.SignalJson;
import java.nio.file.Files;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * A second start on the same data keeps every signal and loads no demo data twice. {@code @Isolated}:
 * when journeys run at once, JUnit runs this one with no other beside it; the hub it leaves is up
 * again, on the same ports and data, so the journeys after it see no difference.
 */
@Isolated("stops and starts the shared hub")
class RestartJourneyIT extends Journey {

    @Test
    void aSecondStartKeepsEverythingAndLoadsNoDemoDataTwice() throws Exception {
        String id = file("worker1", SignalJson.valid().externalRef("E2E-RESTART-" + UUID.randomUUID()).children());
        long before = get("/v1/signals?includePending=true&size=1", "national1").get("total").asLong();
        assertTrue(Files.exists(hub().settings().varDir().resolve("demo-loaded")), "the demo data was loaded once");

        SharedHub.restart();

        long after = get("/v1/signals?includePending=true&size=1", "national1").get("total").asLong();
        assertEquals(before, after);
        assertEquals(200, api("GET", "/v1/signals/" + id, "worker1", null).statusCode());
        assertTrue(hub().demoDataProblem().isEmpty(), hub().demoDataProblem().orElse(""));
    }
}
