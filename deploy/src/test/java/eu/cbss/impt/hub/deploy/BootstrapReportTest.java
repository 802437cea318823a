package eu.cbss.impt.hub.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.cbss.impt.hub.mse.BootstrapInterval;
import eu.cbss.impt.hub.mse.BootstrapInterval.ModelShare;
import eu.cbss.impt.hub.mse.SelectionRule;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BootstrapReportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Twelve models: the most chosen first; the table's own is the ninth. */
    private static BootstrapInterval twelveModels() {
        List<ModelShare> models = new ArrayList<>();
        int[] counts = {300, 200, 100, 80, 70, 60, 50, 40, 30, 30, 25, 15};
        for (int k = 0; k < counts.length; k++) {
            models.add(new ModelShare("main effects + M" + k, List.of("M" + k), counts[k], counts[k] / 1000.0, k == 8));
        }
        return new BootstrapInterval(1000, 1234, SelectionRule.AIC_WALD, 345, 2153.04, 4577.0, 97560.0, 0, models, null);
    }

    @Test
    void theTextShowsTheIntervalThenTheTenMostChosenModelsAndSumsUpTheRest() {
        BootstrapInterval b = twelveModels();
        assertEquals("mse: bootstrap 95% interval 2,153 to 97,560, median 4,577 (1,000 resamples, the model chosen afresh on each, "
                + "seed 1234; 1.5 s in all)", BootstrapReport.interval(b, 1.5));
        List<String> lines = BootstrapReport.models(b);
        assertEquals(12, lines.size(), "a heading, ten models, the rest");
        assertEquals("   30.0%  main effects + M0", lines.get(1));
        assertEquals("    3.0%  main effects + M8   <- chosen for the table", lines.get(9));
        assertEquals("    4.0%  2 other models", lines.get(11));
    }

    @Test
    void theJsonHasTheFiguresTheSeedAndTheShares() {
        JsonNode j = BootstrapReport.json(JSON, twelveModels());
        assertEquals(1000, j.get("resamples").asInt());
        assertEquals(1234, j.get("seed").asLong());
        assertEquals(2153.0, j.get("lower").asDouble());
        assertEquals(97560.0, j.get("upper").asDouble());
        assertEquals(10, j.get("models").size());
        assertTrue(j.get("models").get(8).get("original").asBoolean());
        assertEquals(0.3, j.get("models").get(0).get("share").asDouble());
        assertEquals(2, j.get("otherModels").get("models").asInt());
        assertTrue(j.get("basis").asText().contains("multinomial"), j.toString());
    }

    @Test
    void withoutAnIntervalTheReasonIsGivenAndNoFigure() {
        BootstrapInterval none = BootstrapInterval.notRun(1000, 1234, SelectionRule.AIC_WALD, 20, "Not run.");
        assertEquals("mse: bootstrap (1,000 resamples, the model chosen afresh on each, seed 1234; 0.1 s in all): Not run.",
                BootstrapReport.interval(none, 0.1));
        assertEquals(List.of(), BootstrapReport.models(none));
        JsonNode j = BootstrapReport.json(JSON, none);
        assertTrue(j.get("lower").isNull() && j.get("upper").isNull() && j.get("median").isNull());
        assertEquals("Not run.", j.get("reason").asText());
    }
}
