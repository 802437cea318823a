package eu.cbss.impt.hub.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.cbss.impt.hub.signal.SignalSubmission;
import eu.cbss.impt.hub.signal.SignalSubmissionReader;
import eu.cbss.impt.hub.validation.FieldError;
import eu.cbss.impt.hub.validation.InvalidInput;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The shared builder makes what the domain's own reader accepts, and only what a test changes breaks it. */
class SignalJsonTest {

    private final SignalSubmissionReader reader =
            new SignalSubmissionReader(Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC));

    private static JsonObject json(SignalJson s) {
        return Json.createReader(new StringReader(s.toJson())).readObject();
    }

    @Test
    void aValidSignalIsReadAndEachHasItsOwnExternalRef() {
        SignalSubmission s = reader.read(json(SignalJson.valid().narrative("He said \"wait\"\nand left\\")));
        assertEquals("He said \"wait\"\nand left\\", s.narrative());
        assertEquals(1, s.children().size());
        assertNotEquals(SignalJson.valid().toJson(), SignalJson.valid().toJson());
    }

    @Test
    void childrenAreReplacedOrAddedAndOneDayLeavesOutTheEnd() {
        SignalSubmission s = reader.read(json(SignalJson.valid().on("2026-09-01").childrenCount(3)
                .child(SignalJson.child().age(9)).child(SignalJson.child().sex("M").identifiers("Aivar", null, null).idNumber("X1"))));
        assertEquals(3, s.children().size());
        assertEquals(s.occurredFrom(), s.occurredTo() == null ? s.occurredFrom() : s.occurredTo());
        InvalidInput e = assertThrows(InvalidInput.class,
                () -> reader.read(json(SignalJson.valid().children(SignalJson.child().age(18)).set("colour", "red"))));
        assertEquals(java.util.Set.of("children[0].age", "colour"),
                e.errors().stream().map(FieldError::field).collect(java.util.stream.Collectors.toSet()));
    }
}
