package eu.cbss.impt.hub.web.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ChildIdentifiersTest {

    @Test
    void removingARowShiftsTheLaterRowsUpWithTheirChildren() {
        ChildIdentifiers identifiers = new ChildIdentifiers();
        identifiers.row(0).setGivenName("A");
        identifiers.row(1).setGivenName("B");
        identifiers.row(2).setGivenName("C");

        identifiers.remove(1);

        assertEquals("A", identifiers.row(0).getGivenName());
        assertEquals("C", identifiers.row(1).getGivenName());
    }

    @Test
    void clearingForgetsEverything() {
        ChildIdentifiers identifiers = new ChildIdentifiers();
        Identifiers row = identifiers.row(0);
        row.setGivenName("Ana");

        identifiers.clear();

        assertTrue(row.isEmpty());
        assertTrue(identifiers.row(0).isEmpty());
    }

    @Test
    void firstRowsHasOneEntryPerChild() {
        ChildIdentifiers identifiers = new ChildIdentifiers();
        identifiers.row(0).setFamilyName("X");
        assertEquals(3, identifiers.firstRows(3).size());
        assertEquals("X", identifiers.firstRows(3).get(0).getFamilyName());
    }
}
