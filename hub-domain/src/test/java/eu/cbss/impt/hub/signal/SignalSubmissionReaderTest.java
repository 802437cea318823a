package eu.cbss.impt.hub.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.cbss.impt.hub.testing.SignalJson;
import eu.cbss.impt.hub.validation.FieldError;
import eu.cbss.impt.hub.validation.InvalidInput;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SignalSubmissionReaderTest {

    private final SignalSubmissionReader reader =
            new SignalSubmissionReader(Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC));

    /** The API guide's example (the builder every module's tests share). */
    static final String CONTRACT_EXAMPLE = SignalJson.valid().externalRef("LOCAL-2026-0042").toJson();

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    private static JsonObject example(java.util.function.Consumer<JsonObjectBuilder> change) {
        JsonObjectBuilder b = Json.createObjectBuilder(json(CONTRACT_EXAMPLE));
        change.accept(b);
        return b.build();
    }

    private Set<String> fieldsInError(JsonObject json) {
        InvalidInput e = assertThrows(InvalidInput.class, () -> reader.read(json));
        return e.errors().stream().map(FieldError::field).collect(Collectors.toSet());
    }

    @Test
    void theContractExampleIsAccepted() {
        SignalSubmission s = reader.read(json(CONTRACT_EXAMPLE));
        assertEquals(Grade.ANECDOTAL, s.grade());
        assertEquals(Set.of(Concern.BEGGING, Concern.FORCED_CRIMINALITY), s.concerns());
        assertEquals("EE001", s.region().value());
        assertEquals(1, s.children().size());
        assertEquals(AgeBand.AGE_12_14, s.children().get(0).effectiveAgeBand());
        assertFalse(s.children().get(0).identifiers().isEmpty());
    }

    @Test
    void unknownCodesAreNamedByField() {
        JsonObject bad = example(b -> b.add("grade", "CERTAIN").add("concerns", Json.createArrayBuilder().add("BEGGING").add("TAXES")));
        assertEquals(Set.of("grade", "concerns[1]"), fieldsInError(bad));
    }

    @Test
    void aRegionMustBeANutsCode() {
        assertEquals(Set.of("region"), fieldsInError(example(b -> b.add("region", "TALLINN"))));
        assertEquals(Set.of("region"), fieldsInError(example(b -> b.add("region", "EE999"))));
    }

    @Test
    void aChildIsAgedZeroToSeventeen() {
        JsonObject bad = example(b -> b.add("children", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("age", 18))
                .add(Json.createObjectBuilder().add("age", -1))));
        assertEquals(Set.of("children[0].age", "children[1].age"), fieldsInError(bad));
    }

    @Test
    void childrenCountIsAtLeastTheNumberOfChildRecords() {
        JsonObject bad = example(b -> b.add("childrenCount", 1).add("children", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("age", 10))
                .add(Json.createObjectBuilder().add("age", 11))));
        assertEquals(Set.of("childrenCount"), fieldsInError(bad));
    }

    @Test
    void aNarrativeHoldsAtMostTwentyThousandCharacters() {
        assertEquals(Set.of("narrative"), fieldsInError(example(b -> b.add("narrative", "x".repeat(20_001)))));
        assertEquals(20_000, reader.read(example(b -> b.add("narrative", "x".repeat(20_000)))).narrative().length());
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        JsonObject bad = json("""
                {"grade": 3, "concerns": [], "region": "XX", "occurredFrom": "yesterday", "childrenCount": "two",
                 "colour": "red"}
                """);
        Set<String> fields = fieldsInError(bad);
        assertTrue(fields.containsAll(List.of("grade", "sourceType", "informationType", "concerns", "childSituation",
                "region", "occurredFrom", "childrenCount", "colour")), fields.toString());
    }

    @Test
    void errorMessagesNeverRepeatAnIdentifier() {
        JsonObject bad = example(b -> b.add("children", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("identifiers", Json.createObjectBuilder().add("givenName", "Ana").add("familyName", "Popescu")
                        .add("dateOfBirth", "Popescu-2012")))));
        InvalidInput e = assertThrows(InvalidInput.class, () -> reader.read(bad));
        assertEquals(List.of("children[0].identifiers.dateOfBirth"), e.errors().stream().map(FieldError::field).toList());
        assertFalse(e.errors().toString().contains("Popescu"));
        assertFalse(e.getMessage().contains("Popescu"));
    }

    @Test
    void anAdultIsNotAChild() {
        JsonObject bad = example(b -> b.add("children", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("identifiers", Json.createObjectBuilder().add("dateOfBirth", "2000-01-01")))));
        assertEquals(Set.of("children[0].identifiers.dateOfBirth"), fieldsInError(bad));
    }

    @Test
    void thePeriodEndsAfterItStartsAndNotInTheFuture() {
        assertEquals(Set.of("occurredTo"), fieldsInError(example(b -> b.add("occurredTo", "2026-09-01"))));
        assertEquals(Set.of("occurredFrom"), fieldsInError(example(b -> b.add("occurredFrom", "2027-01-01").addNull("occurredTo"))));
    }

    @Test
    void optionalFieldsMayBeLeftOut() {
        SignalSubmission s = reader.read(json("""
                {"grade": "OFFICIAL", "sourceType": "OFFICIAL_RECORD", "informationType": "ACCEPTED_TREND",
                 "concerns": ["UNACCOMPANIED_MIGRANT_CHILD"], "childSituation": "AT_RISK_CONTEXT", "region": "EE008",
                 "occurredFrom": "2026-01-01", "childrenCount": 12}
                """));
        assertNull(s.externalRef());
        assertTrue(s.children().isEmpty());
        assertEquals(12, s.childrenCount());
    }

    @Test
    void aChildBornAfterThePeriodIsRefused() {
        JsonObject bad = example(b -> b.add("children", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("identifiers", Json.createObjectBuilder().add("dateOfBirth", "2026-10-20")))));
        assertEquals(Set.of("children[0].identifiers.dateOfBirth"), fieldsInError(bad));
    }

    @Test
    void todayEastOfUtcIsNotTheFuture() {
        SignalSubmission s = reader.read(example(b -> b.add("occurredFrom", "2026-11-21").add("occurredTo", "2026-11-21")));
        assertEquals("2026-11-21", s.occurredTo().toString());
    }

    @Test
    void kosovoIsACountry() {
        SignalSubmission s = reader.read(example(b -> b.add("children", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("citizenship", "XK")))));
        assertEquals("XK", s.children().get(0).citizenship());
    }
}
