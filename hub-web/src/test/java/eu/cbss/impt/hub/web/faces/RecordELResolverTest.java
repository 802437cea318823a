package eu.cbss.impt.hub.web.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class RecordELResolverTest {

    record Sample(String code, int level) {
    }

    @Test
    void findsARecordsComponentByName() {
        assertEquals("code", RecordELResolver.component(new Sample("EE001", 3), "code").getName());
        assertEquals("level", RecordELResolver.component(new Sample("EE001", 3), "level").getName());
    }

    @Test
    void leavesEverythingElseToOtherResolvers() {
        assertNull(RecordELResolver.component(new Sample("EE001", 3), "label"));
        assertNull(RecordELResolver.component("not a record", "length"));
        assertNull(RecordELResolver.component(null, "code"));
    }
}
