package eu.cbss.impt.hub.web.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

class SignalLazyModelTest {

    private final List<SignalQuery> asked = new ArrayList<>();

    private SignalPage answer(SignalQuery query) {
        asked.add(query);
        return new SignalPage(List.of(signal("a"), signal("b")), query.page(), query.size(), 42, SignalCount.NONE);
    }

    private static Signal signal(String id) {
        return new Signal(id, "S-" + id, null, null, null, null, "SUBMITTED", "MAYBE", null, null, List.of(), null,
                "EE001", null, null, 1, List.of(), null, List.of(), List.of(), List.of());
    }

    @Test
    void loadsThePageThatHoldsTheFirstRowSortedAndFilteredOnTheServer() {
        SignalLazyModel model = new SignalLazyModel(this::answer, () -> Map.of("region", "EE001"));
        Map<String, SortMeta> sort = Map.of("reference",
                SortMeta.builder().field("reference").order(SortOrder.ASCENDING).build());

        List<Signal> rows = model.load(40, 20, sort, Map.of());

        assertEquals(2, rows.size());
        assertEquals(42, model.getRowCount(), "the total comes from the API, not from the page");
        SignalQuery query = asked.get(0);
        assertEquals(2, query.page());
        assertEquals(20, query.size());
        assertEquals("reference,asc", query.sort());
        assertEquals("EE001", query.toParameters().get("region"));
        assertEquals("b", model.getRowData("b").id());
    }

    @Test
    void theDistinctCountIsAskedOnceWithThePageNotWithTheRowCount() {
        SignalCount seven = new SignalCount(42, 7, 1, 0, 0, List.of("MAYBE"), List.of("ACCEPTED"), List.of("UNVERIFIED"));
        SignalLazyModel model = new SignalLazyModel(query -> {
            asked.add(query);
            boolean rowsOnly = "false".equals(query.toParameters().get("count"));
            return new SignalPage(List.of(), query.page(), query.size(), 42, rowsOnly ? SignalCount.NONE : seven);
        }, () -> Map.of("region", "EE001"));

        assertEquals(42, model.count(Map.of()));
        model.load(0, 20, Map.of(), Map.of());

        assertEquals("false", asked.get(0).toParameters().get("count"), "the row count does without the children");
        assertEquals("EE001", asked.get(0).toParameters().get("region"));
        assertEquals(null, asked.get(1).toParameters().get("count"), "the page brings them");
        assertEquals(seven, model.getDistinctCount());
    }

    @Test
    void withoutASortTheNewestComeFirst() {
        SignalLazyModel model = new SignalLazyModel(this::answer, Map::of);
        model.load(0, 10, Map.of(), Map.of());
        assertEquals("submittedAt,desc", asked.get(0).sort());
    }

    @Test
    void aSortTheApiDoesNotKnowFallsBackToTheDefault() {
        Map<String, SortMeta> sort = Map.of("narrative",
                SortMeta.builder().field("narrative").order(SortOrder.DESCENDING).build());
        assertEquals("submittedAt,desc", SignalSort.of(sort));
        Map<String, SortMeta> byGrade = Map.of("grade",
                SortMeta.builder().field("grade").order(SortOrder.DESCENDING).build());
        assertEquals("grade,desc", SignalSort.of(byGrade));
    }
}
