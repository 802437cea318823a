package eu.cbss.impt.hub.web.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class UploadFormatTest {

    @Test
    void theExtensionNamesTheFormatWhateverItsCase() {
        assertEquals(Optional.of(UploadFormat.CSV), UploadFormat.ofFileName("signals-example.csv"));
        assertEquals(Optional.of(UploadFormat.CSV), UploadFormat.ofFileName("Signals 2026 (Tallinn).CSV "));
        assertEquals(Optional.of(UploadFormat.NDJSON), UploadFormat.ofFileName("export.ndjson"));
        assertEquals(Optional.of(UploadFormat.NDJSON), UploadFormat.ofFileName("export.JSONL"));
    }

    @Test
    void theMediaTypesAreThoseTheApiReads() {
        assertEquals("text/csv", UploadFormat.CSV.mediaType());
        assertEquals("application/x-ndjson", UploadFormat.NDJSON.mediaType());
    }

    @Test
    void anyOtherFileHasNoFormat() {
        for (String name : new String[] {"signals.xlsx", "signals.csv.xlsx", "signals.txt", "signals.json", "csv", ".csv", "", "  "}) {
            assertTrue(UploadFormat.ofFileName(name).isEmpty(), name);
        }
        assertTrue(UploadFormat.ofFileName(null).isEmpty());
    }
}
