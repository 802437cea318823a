package eu.cbss.impt.hub.web.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class GradeExplanationTest {

    @Test
    void twoOrganisationsWithoutAnOfficialSourceMakeMaybeInformation() {
        GradeExplanation e = GradeExplanation.of(ClusterJson.twoSources("MAYBE", "ANECDOTAL", null));

        assertEquals("cluster.grade.because.MAYBE.sources", e.key());
        assertEquals(List.of(2), e.arguments());
    }

    @Test
    void anOfficialSignalIsNamedAsTheReasonForOfficialData() {
        GradeExplanation e = GradeExplanation.of(ClusterJson.twoSources("OFFICIAL", "OFFICIAL", null));

        assertEquals("cluster.grade.because.OFFICIAL", e.key());
        assertEquals(List.of("S-2026-000040"), e.arguments());
    }

    @Test
    void oneOrganisationGradedMaybeIsMaybeByItsGrade() {
        Cluster one = Cluster.from(ClusterJson.json("""
                {"id":"abc","kind":"CHILD","signalIds":["s1"],
                 "signals":[{"id":"s1","reference":"S-1","organisation":"org-1","grade":"MAYBE","sourceType":"PROFESSIONAL_OBSERVATION"}],
                 "independentSources":{"organisations":["org-1"],"organisationTypes":[],"count":1},"assessedGrade":"MAYBE"}
                """));

        assertEquals("cluster.grade.because.MAYBE.graded", GradeExplanation.of(one).key());
    }

    @Test
    void anecdotalAndUnknownGradesHaveTheirOwnWords() {
        assertEquals("cluster.grade.because.ANECDOTAL", GradeExplanation.of(ClusterJson.twoSources("ANECDOTAL", "ANECDOTAL", null)).key());
        assertEquals("cluster.grade.because.unknown", GradeExplanation.of(ClusterJson.twoSources("SOMETHING", "ANECDOTAL", null)).key());
    }
}
