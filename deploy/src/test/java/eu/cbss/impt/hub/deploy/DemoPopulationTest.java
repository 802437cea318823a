package eu.cbss.impt.hub.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import eu.cbss.impt.hub.mse.Estimate;
import eu.cbss.impt.hub.mse.MultipleSystemsEstimation;
import eu.cbss.impt.hub.mse.OverlapTable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class DemoPopulationTest {

    private final List<DemoData.DemoSignal> signals = DemoPopulation.signals(LocalDate.now());

    @Test
    void everySignalIsValidAndNamesOneInventedChild() {
        DemoDataTest valid = new DemoDataTest();
        Set<String> refs = new HashSet<>();
        for (DemoData.DemoSignal s : signals) {
            valid.assertValid(s.body());
            assertTrue(refs.add(s.body().path("externalRef").asText()), "unique per organisation and more");
            assertTrue(s.body().path("externalRef").asText().startsWith("DEMO-P-"));
            assertTrue(Set.of("worker1", "worker2", "worker3").contains(s.username()));
            assertTrue(s.body().path("children").size() <= DemoPopulation.PER_SIGNAL);
        }
    }

    /** The same identifiers from each organisation that knows a child, and different ones for different children. */
    @Test
    void theOverlapsAreThoseOfThePopulation() {
        Map<String, Set<String>> knownBy = new HashMap<>();
        Map<String, String> nameOf = new HashMap<>();
        for (DemoData.DemoSignal s : signals) {
            for (JsonNode child : s.body().path("children")) {
                JsonNode ids = child.path("identifiers");
                String id = ids.path("idNumber").asText();
                assertTrue(knownBy.computeIfAbsent(id, k -> new TreeSet<>()).add(s.username()), "once per organisation");
                String name = ids.path("givenName").asText() + " " + ids.path("familyName").asText() + " " + ids.path("dateOfBirth").asText();
                assertEquals(nameOf.computeIfAbsent(id, k -> name), name, "one child, the same identifiers everywhere");
            }
        }
        assertEquals(DemoPopulation.CHILDREN, knownBy.size());
        assertEquals(DemoPopulation.CHILDREN, new HashSet<>(nameOf.values()).size(), "no two children share a name and birth date");
        Map<Set<String>, Integer> patterns = new HashMap<>();
        knownBy.values().forEach(by -> patterns.merge(by, 1, Integer::sum));
        assertEquals(DemoPopulation.SN, patterns.get(Set.of("worker1", "worker2")));
        assertEquals(DemoPopulation.SNP, patterns.get(Set.of("worker1", "worker2", "worker3")));
        assertEquals(DemoPopulation.P, patterns.get(Set.of("worker3")));
    }

    /** The figure a national coordinator sees on a fresh start, before anyone files more (docs/estimation.md). */
    @Test
    void theEngineFindsAnEstimateWithAnInterval() {
        OverlapTable table = OverlapTable.over(List.of("S", "N", "P"))
                .add(Set.of("S"), DemoPopulation.S).add(Set.of("N"), DemoPopulation.N).add(Set.of("P"), DemoPopulation.P)
                .add(Set.of("S", "N"), DemoPopulation.SN).add(Set.of("S", "P"), DemoPopulation.SP)
                .add(Set.of("N", "P"), DemoPopulation.NP).add(Set.of("S", "N", "P"), DemoPopulation.SNP).build();
        Estimate e = MultipleSystemsEstimation.estimate(table);
        System.out.printf("demo population: observed %d, estimate %.1f (%.1f to %s), model %s%n", e.observed(), e.estimate(),
                e.lower(), e.upper(), e.model());
        assertTrue(e.available());
        assertTrue(e.estimate() > 1.3 * e.observed() && e.estimate() < 3 * e.observed(), e.toString());
        assertTrue(e.upper() != null && e.upper() < 4 * e.observed(), e.toString());
    }
}
