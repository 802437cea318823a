package eu.cbss.impt.hub.web.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import eu.cbss.impt.hub.web.i18n.UiText;

class SignalImportTest {

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    private static SignalImport running(int processed, int total) {
        return new SignalImport("i", "RUNNING", "CSV", total, processed, processed, 0, 0, 0, 0, "worker1",
                null, null, null, null, List.of());
    }

    @Test
    void readsAnImportAsTheApiAnswersIt() {
        SignalImport received = SignalImport.from(json("""
                {"id":"6f1c9a7e-3c1b-4bde-9d3a-1c2f0e5b7a10","status":"DONE","format":"CSV","total":8,"processed":8,
                 "accepted":5,"rejected":3,"signalsCreated":4,"signalsAlreadyFiled":0,"errorCount":3,
                 "submittedBy":"worker1","receivedAt":"2026-10-15T08:30:00Z","startedAt":"2026-10-15T08:30:01.250Z",
                 "finishedAt":"2026-10-15T08:30:02Z","failure":null,
                 "errors":[{"row":7,"field":"concerns","message":"Unknown concern code."},
                           {"row":8,"field":"age","message":"A child is 0 to 17 years old."},
                           {"row":9,"field":"narrative","message":"Starts with '=', which a spreadsheet would run as a formula."}]}
                """));

        assertEquals("6f1c9a7e-3c1b-4bde-9d3a-1c2f0e5b7a10", received.id());
        assertTrue(received.isEnded());
        assertFalse(received.isFailed());
        assertEquals(8, received.total());
        assertEquals(5, received.accepted());
        assertEquals(3, received.rejected());
        assertEquals(4, received.signalsCreated());
        assertEquals(2026, received.receivedAt().getYear());
        assertNull(received.failure());
        assertEquals(List.of(7, 8, 9), received.errors().stream().map(RowError::row).toList());
        assertEquals("age", received.errors().get(1).field());
        assertFalse(received.hasMoreErrorsThanListed());
    }

    @Test
    void anImportOfTheLatestListHasNoErrorsListedButCountsThem() {
        SignalImport listed = SignalImport.from(json("""
                {"id":"a","status":"FAILED","total":100,"processed":40,"errorCount":2,"failure":"The hub was stopped."}
                """));
        assertTrue(listed.errors().isEmpty());
        assertTrue(listed.hasMoreErrorsThanListed(), "the full report has them");
        assertTrue(listed.isFailed() && listed.isEnded());
        assertEquals(40, listed.percent());
        assertEquals(0, listed.signalsCreated(), "a missing count reads as 0");
    }

    @Test
    void progressIsRoundedDownSoThatOnlyTheLastRowReaches100() {
        assertEquals(0, running(0, 8000).percent());
        assertEquals(15, running(1250, 8000).percent());
        assertEquals(99, running(7999, 8000).percent());
        assertEquals(100, running(8000, 8000).percent());
        assertEquals(0, running(0, 0).percent(), "nothing counted yet");
        SignalImport emptyDone = new SignalImport("i", "DONE", "CSV", 0, 0, 0, 0, 0, 0, 0, null, null, null, null, null, null);
        assertEquals(100, emptyDone.percent());
        assertTrue(emptyDone.errors().isEmpty());
    }

    @Test
    void progressTextGroupsTheDigits() {
        assertEquals("1,250 of 8,000 rows", running(1250, 8000).progressText(Locale.ENGLISH));
        assertEquals("0 of 1 rows", running(0, 1).progressText(Locale.ENGLISH));
        assertEquals("1\u00a0250 / 8\u00a0000 rida", running(1250, 8000).progressText(Locale.forLanguageTag("et")));
    }

    @Test
    void everyStatusHasALabelInBothLanguages() {
        for (Locale language : List.of(Locale.ENGLISH, Locale.forLanguageTag("et"))) {
            ResourceBundle bundle = ResourceBundle.getBundle(UiText.BUNDLE, language);
            for (String status : List.of("QUEUED", "RUNNING", "DONE", "FAILED")) {
                assertFalse(bundle.getString("import.status." + status).isBlank(), status + " in " + language);
            }
        }
    }
}
