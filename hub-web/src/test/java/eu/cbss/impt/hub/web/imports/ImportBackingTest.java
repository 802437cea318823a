package eu.cbss.impt.hub.web.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import eu.cbss.impt.hub.web.api.ApiProblem;
import eu.cbss.impt.hub.web.api.FieldError;

class ImportBackingTest {

    @Test
    void aFileIsSentOnlyWithANameOfEitherFormatAndWithinTheLimit() {
        assertEquals(Optional.empty(), ImportBacking.refusal("signals.csv", 1_000));
        assertEquals(Optional.empty(), ImportBacking.refusal("signals.ndjson", ImportBacking.MAX_BYTES));
        assertEquals(Optional.of("import.file.missing"), ImportBacking.refusal(null, 0));
        assertEquals(Optional.of("import.file.missing"), ImportBacking.refusal(" ", 0));
        assertEquals(Optional.of("import.file.type"), ImportBacking.refusal("signals.xlsx", 1_000));
        assertEquals(Optional.of("import.file.tooLarge"), ImportBacking.refusal("signals.csv", ImportBacking.MAX_BYTES + 1));
    }

    @Test
    void anEmptyFileIsSentSoThatTheApiSaysWhatIsWrong() {
        assertEquals(Optional.empty(), ImportBacking.refusal("signals.csv", 0));
    }

    @Test
    void theApisReasonsAreShownAsTheyAre() {
        ApiProblem refused = new ApiProblem(400, "Bad Request", "The request is not valid.",
                List.of(new FieldError("file", "Unknown column \"grde\" in the header (line 1).")));
        assertEquals(List.of("Unknown column \"grde\" in the header (line 1)."), ImportBacking.reasons(refused));
        ApiProblem withoutErrors = new ApiProblem(400, "Bad Request", "Send the file as text/csv.", List.of());
        assertEquals(List.of("Send the file as text/csv."), ImportBacking.reasons(withoutErrors));
    }

    @Test
    void anIdThatIsNotAUuidIsNeverPutInAnApiPath() {
        assertEquals("6f1c9a7e-3c1b-4bde-9d3a-1c2f0e5b7a10", ImportGateway.checkedId(" 6F1C9A7E-3C1B-4BDE-9D3A-1C2F0E5B7A10 "));
        ApiProblem problem = assertThrows(ApiProblem.class, () -> ImportGateway.checkedId("../../signals"));
        assertTrue(problem.isNotFound());
        assertThrows(ApiProblem.class, () -> ImportGateway.checkedId(null));
    }

    @Test
    void theTemplateAndExamplesAreNamedAFormat() {
        for (String name : ImportGateway.TEMPLATES) {
            assertTrue(UploadFormat.ofFileName(name).isPresent(), name);
        }
    }
}
