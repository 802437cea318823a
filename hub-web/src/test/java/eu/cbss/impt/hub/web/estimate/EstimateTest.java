package eu.cbss.impt.hub.web.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class EstimateTest {

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    private static final String ESTIMABLE = """
            {"basis": {"unit": "CHILD_CLUSTER", "from": "2026-01-01", "to": "2026-12-31", "region": null,
                       "lists": "ORGANISATION_TYPE", "verifications": ["UNVERIFIED", "VERIFIED"], "grades": ["OFFICIAL"],
                       "childClusters": 35, "leftOut": {"incidentClusters": 2, "verification": 1, "grade": 0,
                       "outsidePeriodOrRegion": 4, "outsideLists": 0}},
             "lists": [{"name": "SOCIAL_SERVICES", "organisationTypes": ["SOCIAL_SERVICES"], "children": 18},
                       {"name": "welfare", "organisationTypes": ["NGO", "SCHOOL"], "children": 16},
                       {"name": "POLICE", "organisationTypes": ["POLICE"], "children": 15}],
             "table": [{"pattern": "100", "lists": ["SOCIAL_SERVICES"], "children": 9},
                       {"pattern": "011", "lists": ["welfare", "POLICE"], "children": 3}],
             "observed": 35, "estimate": 61.4, "lower": 44.2, "upper": null, "level": 0.95, "estimable": true,
             "bootstrap": {"resamples": 1000, "seed": 1234, "lower": 40.2, "upper": 130.9, "median": 66.0, "level": 0.95,
                           "noEstimate": 3, "rule": "AIC_WALD", "basis": "The 2.5th and 97.5th percentiles...",
                           "models": [{"model": "main effects + NGO:POLICE", "terms": ["NGO:POLICE"], "resamples": 610,
                                       "share": 0.6118, "original": false},
                                      {"model": "main effects", "terms": [], "resamples": 300, "share": 0.3009, "original": true}],
                           "otherModels": {"models": 4, "share": 0.0873}},
             "reason": null,
             "model": {"description": "main effects", "terms": [], "aic": 40.1, "rule": "AIC_WALD",
                       "steps": [{"added": null, "aic": 40.1, "pValue": null, "estimate": 61.4}],
                       "stopReason": "Stopped: no further interaction lowers the AIC.", "exists": true, "identifiable": true},
             "caveats": ["Assumes a closed population."]}
            """;

    @Test
    void readsTheContract() {
        Estimate e = Estimate.from(json(ESTIMABLE));
        assertTrue(e.estimable());
        assertEquals(61.4, e.estimate());
        assertNull(e.upper());
        assertEquals(26L, e.unseen(), "61 estimated less 35 seen");
        assertEquals(List.of(true, false, false), e.table().get(0).on());
        assertEquals(List.of(false, true, true), e.table().get(1).on());
        assertEquals(7, e.basis().leftOut());
        assertEquals(List.of("NGO", "SCHOOL"), e.lists().get(1).organisationTypes());
        assertNull(e.model().steps().get(0).added());
        assertNull(e.model().steps().get(0).pValue());
    }

    @Test
    void readsTheBootstrapBesideTheProfileInterval() {
        Estimate.Bootstrap b = Estimate.from(json(ESTIMABLE)).bootstrap();
        assertTrue(b.isAvailable());
        assertEquals(40.2, b.lower());
        assertEquals(130.9, b.upper());
        assertEquals(66.0, b.median());
        assertEquals(1000, b.resamples());
        assertEquals(1234, b.seed());
        assertEquals(3, b.noEstimate());
        assertEquals(2, b.models().size());
        assertEquals(List.of("NGO:POLICE"), b.models().get(0).terms());
        assertEquals("main effects", b.getOriginal().model());
        assertEquals(0.3009, b.getOriginal().share());
        assertEquals(4, b.otherModels());
        assertEquals(0.0873, b.otherShare());
        assertNull(b.reason());
    }

    @Test
    void aBootstrapNotRunHasItsReasonAndNoInterval() {
        Estimate e = Estimate.from(json("""
                {"observed": 90, "estimate": 120.5, "lower": 100.1, "upper": 150.2, "estimable": true,
                 "bootstrap": {"resamples": 1000, "seed": 1234, "noEstimate": 0, "models": [], "reason": "Not run on a table of 7 lists."}}
                """));
        assertFalse(e.bootstrap().isAvailable());
        assertNull(e.bootstrap().getOriginal());
        assertEquals("Not run on a table of 7 lists.", e.bootstrap().reason());
        assertEquals(0, e.bootstrap().otherModels());
        assertNull(Estimate.from(json("""
                {"observed": 90, "estimate": 120.5, "lower": 100.1, "upper": 150.2, "estimable": true}
                """)).bootstrap(), "none asked for");
    }

    @Test
    void withoutAnEstimateThereIsAReasonAndNoNumberToDraw() {
        Estimate e = Estimate.from(json("""
                {"basis": {"childClusters": 5}, "lists": [], "table": [], "observed": 5, "estimate": null,
                 "lower": null, "upper": null, "estimable": false, "reason": "Only 2 lists.", "model": null, "caveats": []}
                """));
        assertFalse(e.estimable());
        assertNull(e.unseen());
        assertEquals("Only 2 lists.", e.reason());
        assertNull(IntervalPicture.of(e));
    }

    @Test
    void thePictureDrawsSeenEstimateAndIntervalOnOneScale() {
        IntervalPicture p = new IntervalPicture(100, 200, 150, 290.0);
        // the scale ends 5% beyond the upper end: 304.5 over 580 units from x = 10
        assertEquals("190.5", p.observedWidth());
        assertEquals("381.0", p.estimateWidth());
        assertEquals("295.7", p.lowerX());
        assertEquals("562.4", p.upperX());
        assertEquals("590.0", new IntervalPicture(100, 200, 150, null).upperX(), "no upper end: the line runs to the edge");
    }
}
