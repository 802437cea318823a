package eu.cbss.impt.hub.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.cbss.impt.hub.signal.Grade;
import eu.cbss.impt.hub.signal.ReviewStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DistinctCountTest {

    @Test
    void countsUnverifiedAndVerifiedClustersOfEachKindAndSetsDismissedApart() {
        DistinctCount count = DistinctCount.of(9,
                Map.of(ClusterKind.CHILD, Map.of(Verification.UNVERIFIED, 4L, Verification.VERIFIED, 1L, Verification.DISMISSED, 1L),
                        ClusterKind.INCIDENT, Map.of(Verification.UNVERIFIED, 2L, Verification.DISMISSED, 1L)),
                1, null, List.of(ReviewStatus.ACCEPTED));

        assertEquals(9, count.signals());
        assertEquals(5, count.children());
        assertEquals(2, count.incidents());
        assertEquals(2, count.dismissed());
        assertEquals(1, count.notLinked());
        assertEquals(List.of(Grade.values()), count.basis().signalGrades());
        assertEquals(List.of(Verification.UNVERIFIED, Verification.VERIFIED), count.basis().verification());
        assertEquals("DISTINCT_CLUSTERS", count.basis().unit());
    }

    @Test
    void theStatementNamesTheGradesStatesAndWhatIsLeftOut() {
        DistinctCount count = DistinctCount.of(3, Map.of(), 3, List.of(Grade.OFFICIAL),
                List.of(ReviewStatus.SUBMITTED, ReviewStatus.RETURNED));

        assertEquals(0, count.children());
        assertEquals(0, count.incidents());
        String statement = count.basis().statement();
        assertTrue(statement.contains("graded OFFICIAL with review status SUBMITTED, RETURNED"), statement);
        assertTrue(statement.contains("clusters UNVERIFIED, VERIFIED are counted, 0 DISMISSED"), statement);
        assertTrue(statement.contains("3 signal(s) are in no cluster yet"), statement);
    }
}
