package eu.cbss.impt.hub.web.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

class SignalTest {

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    @Test
    void readsTheSignalOfTheContract() {
        Signal signal = Signal.from(json("""
                {"id":"7d1c","reference":"S-2026-000042","externalRef":"LOCAL-2026-0042","organisation":"org-1",
                 "submittedBy":"worker1","submittedAt":"2026-10-15T08:30:00Z","reviewStatus":"SUBMITTED",
                 "grade":"ANECDOTAL","sourceType":"PROFESSIONAL_OBSERVATION","informationType":"INCIDENT_OR_NARRATIVE",
                 "concerns":["BEGGING","FORCED_CRIMINALITY"],"childSituation":"SUSPECTED_VICTIM","region":"EE001",
                 "occurredFrom":"2026-10-01","occurredTo":null,"childrenCount":2,
                 "children":[{"sex":"F","age":14,"citizenship":"RO","legalStatus":"EU_CITIZEN","retrafficked":false,"linkable":true}],
                 "narrative":"Two girls seen begging.","clusterIds":["c1"]}
                """));

        assertEquals("S-2026-000042", signal.reference());
        assertEquals(2026, signal.submittedAt().getYear());
        assertEquals(LocalDate.of(2026, 10, 1), signal.occurredFrom());
        assertNull(signal.occurredTo());
        assertEquals(2, signal.concerns().size());
        assertEquals(14, signal.children().get(0).age());
        assertEquals(Boolean.TRUE, signal.children().get(0).linkable());
        assertNull(signal.children().get(0).ageBand());
        assertTrue(signal.hasNarrative());
        assertEquals(1, signal.clusterIds().size());
    }

    @Test
    void readsAPageOfTheList() {
        SignalPage page = SignalPage.from(json("""
                {"items":[{"id":"a","reference":"S-1"},{"id":"b","reference":"S-2"}],"page":1,"size":2,"total":5}
                """));
        assertEquals(2, page.items().size());
        assertEquals(1, page.page());
        assertEquals(5, page.total());
        assertTrue(page.items().get(0).children().isEmpty());
    }
}
