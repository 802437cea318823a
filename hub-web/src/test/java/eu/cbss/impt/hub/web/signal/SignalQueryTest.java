package eu.cbss.impt.hub.web.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import eu.cbss.impt.hub.access.Role;

class SignalQueryTest {

    @Test
    void blankFiltersAreLeftOutOfTheQuery() {
        SignalFilter filter = new SignalFilter();
        filter.setRegion("EE008");
        filter.setGrade(" ");
        filter.setFrom(LocalDate.of(2026, 1, 1));

        Map<String, String> parameters = new SignalQuery(filter.toParameters(), 0, 20, null).toParameters();

        assertEquals("EE008", parameters.get("region"));
        assertEquals("2026-01-01", parameters.get("from"));
        assertFalse(parameters.containsKey("grade"));
        assertFalse(parameters.containsKey("to"));
        assertEquals("0", parameters.get("page"));
        assertEquals("20", parameters.get("size"));
        assertEquals("submittedAt,desc", parameters.get("sort"));
        assertEquals(null, parameters.get("includePending"), "pending signals only when the filter asks for them");
    }

    @Test
    void pagesAreZeroBased() {
        assertEquals(0, SignalQuery.pageOf(0, 20));
        assertEquals(0, SignalQuery.pageOf(19, 20));
        assertEquals(1, SignalQuery.pageOf(20, 20));
        assertThrows(IllegalArgumentException.class, () -> new SignalQuery(Map.of(), -1, 20, null));
    }

    @Test
    void clearingTheFilterEmptiesIt() {
        SignalFilter filter = new SignalFilter();
        filter.setConcern("BEGGING");
        filter.clear();
        assertTrue(filter.isEmpty());
    }

    @Test
    void theListSaysWhoseSignalsTheyAre() {
        assertEquals("signals.title.organisation", SignalListBacking.titleKeyFor(Role.SOCIAL_WORKER));
        assertEquals("signals.title.regional", SignalListBacking.titleKeyFor(Role.REGIONAL_COORDINATOR));
        assertEquals("signals.title.national", SignalListBacking.titleKeyFor(Role.NATIONAL_COORDINATOR));
    }
}
