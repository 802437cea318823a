package eu.cbss.impt.hub.linkage.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SyntheticChildrenTest {

    private final List<SyntheticChildren.SyntheticRecord> records =
            SyntheticChildren.generate(20_000, 3, SyntheticChildren.Rates.defaults());

    @Test
    void aSeedGivesExactlyTheSameRecords() {
        List<SyntheticChildren.SyntheticRecord> again = SyntheticChildren.generate(20_000, 3, SyntheticChildren.Rates.defaults());
        assertEquals(20_000, records.size());
        for (int i = 0; i < records.size(); i++) {
            assertEquals(records.get(i).id(), again.get(i).id());
            assertEquals(records.get(i).child(), again.get(i).child());
        }
    }

    @Test
    void aboutThirtyPercentOfChildrenAreReportedByTwoOrThreeOrganisations() {
        Map<Integer, Long> reports = new HashMap<>();
        records.forEach(r -> reports.merge(r.child(), 1L, Long::sum));
        double shared = reports.values().stream().filter(n -> n >= 2).count() / (double) reports.size();
        assertTrue(shared > 0.27 && shared < 0.33, "share reported more than once: " + shared);
        assertTrue(reports.values().stream().allMatch(n -> n <= 3));
    }

    @Test
    void errorsComeAtTheirRates() {
        double noBirth = records.stream().filter(r -> r.identifiers().dateOfBirth() == null).count() / 20_000.0;
        double noGiven = records.stream().filter(r -> r.identifiers().givenName() == null).count() / 20_000.0;
        assertTrue(Math.abs(noBirth - 0.02) < 0.005, "no date of birth: " + noBirth);
        assertTrue(Math.abs(noGiven - 0.04) < 0.006, "no given name: " + noGiven);
    }

    @Test
    void pairwiseQualityCountsPairsNotRecords() {
        LinkageQuality q = LinkageQuality.of(new int[] {1, 1, 1, 2, 2}, new int[] {7, 7, 8, 8, 8});
        assertEquals(4, q.truePairs());
        assertEquals(4, q.predictedPairs());
        assertEquals(2, q.correctPairs(), "(0,1) and (3,4)");
        assertEquals(0.5, q.precision());
        assertEquals(0.5, q.recall());
    }
}
