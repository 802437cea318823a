package eu.cbss.impt.hub.web.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The grade's sentence is the API's {@code gradeReason} code in the UI's words, never re-derived here. */
class GradeExplanationTest {

    @Test
    void theSentenceIsTheApisReasonWithTheOrganisationsCounted() {
        GradeExplanation e = GradeExplanation.of(ClusterJson.twoSources("MAYBE", "ANECDOTAL"));

        assertEquals("cluster.grade.because.several-organisations", e.key());
        assertEquals(List.of("", 2), e.arguments());
    }

    @Test
    void theSignalsTheApiCallsOfficialAreNamed() {
        GradeExplanation e = GradeExplanation.of(ClusterJson.twoSources("OFFICIAL", "OFFICIAL"));

        assertEquals("cluster.grade.because.official-source", e.key());
        assertEquals(List.of("S-2026-000040", 2), e.arguments());
    }

    @Test
    void withoutAReasonThePageSaysSo() {
        Cluster none = Cluster.from(ClusterJson.json("""
                {"id":"abc","kind":"CHILD","signalIds":["s1"],"assessedGrade":"MAYBE"}
                """));

        assertEquals("cluster.grade.because.unknown", GradeExplanation.of(none).key());
    }
}
