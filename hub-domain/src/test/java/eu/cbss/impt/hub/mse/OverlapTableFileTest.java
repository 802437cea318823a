package eu.cbss.impt.hub.mse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.cbss.impt.hub.validation.FieldError;
import eu.cbss.impt.hub.validation.InvalidInput;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An overlap table file is read whole, and every broken rule is named by line and column. */
class OverlapTableFileTest {

    /** One of the shared tables in src/test/resources/mse. */
    static OverlapTable shared(String file) {
        try (Reader in = new InputStreamReader(OverlapTableFileTest.class.getResourceAsStream("/mse/" + file), StandardCharsets.UTF_8)) {
            return OverlapTableFile.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static OverlapTable read(String text) throws IOException {
        return OverlapTableFile.read(new StringReader(text));
    }

    private static List<FieldError> errors(String text) {
        return assertThrows(InvalidInput.class, () -> read(text)).errors();
    }

    @Test
    void theUkTableHasItsListsAndCases() {
        OverlapTable uk = shared("UKdat_5.tsv");
        assertEquals(List.of("LA", "NG", "PFNCA", "GO", "GP"), uk.lists());
        assertEquals(2744, uk.observed());
        assertEquals(15 + 1 + 1 + 1, uk.onBoth(0, 1));
        assertEquals(0, uk.onBoth(0, 4));
        assertEquals(995, uk.count(0b00100));
        assertEquals(List.of(), uk.notes());
    }

    @Test
    void combinationsNotListedHoldNoCases() throws IOException {
        OverlapTable t = read("A\tB\tC\tn\n1\t0\t0\t5\n0\t1\t1\t2\n");
        assertEquals(0, t.count(0b001 | 0b010));
        assertEquals(7, t.observed());
    }

    @Test
    void fewerThanThreeListsIsRefused() {
        List<FieldError> errors = errors("A\tB\tn\n1\t0\t4\n0\t1\t3\n1\t1\t1\n");
        assertEquals("line 1", errors.get(0).field());
        assertTrue(errors.get(0).message().contains("at least 3 lists"), errors.get(0).message());
    }

    @Test
    void aCommaSeparatedFileIsToldToUseTabs() {
        assertTrue(errors("A,B,C,n\n1,0,0,4\n").get(0).message().contains("separated by tabs"));
    }

    @Test
    void aHeaderOfNumbersIsRefused() {
        assertTrue(errors("1\t0\t0\t4\n0\t1\t0\t3\n").get(0).message().contains("must name the columns"));
    }

    @Test
    void everyBadCellIsNamedByLineAndColumn() {
        List<FieldError> errors = errors("LA\tNG\tPF\tcount\n1\t0\t2\t4\n0\tyes\t0\t3\n0\t0\t1\t-2\n1\t1\t0\t1.5\n1\t1\n");
        assertEquals(List.of("line 2, column PF", "line 3, column NG", "line 4, column count", "line 5, column count", "line 6"),
                errors.stream().map(FieldError::field).toList());
        assertTrue(errors.get(0).message().startsWith("Must be 0 (not on this list) or 1"));
        assertTrue(errors.get(2).message().contains("cannot be negative"));
        assertTrue(errors.get(3).message().contains("whole number"));
        assertTrue(errors.get(4).message().contains("Has 2 columns; the header has 4"));
    }

    @Test
    void theRowOfNoListIsIgnoredWithANote() throws IOException {
        OverlapTable t = read("A\tB\tC\tn\n0\t0\t0\tNA\n1\t0\t0\t5\n0\t1\t0\t3\n0\t0\t1\t2\n1\t1\t0\t1\n");
        assertEquals(11, t.observed());
        assertTrue(t.notes().get(0).startsWith("Line 2 (0 on every list) was ignored"), t.notes().get(0));
    }

    @Test
    void aRepeatedCombinationIsAddedUpWithANote() throws IOException {
        OverlapTable t = read("A\tB\tC\tn\n1\t0\t0\t5\n0\t1\t0\t3\n1\t0\t0\t2\n");
        assertEquals(7, t.count(0b001));
        assertEquals(List.of("Line 4 repeats the combination of line 2; their counts were added."), t.notes());
    }

    @Test
    void aTableOfNoCasesIsRefused() {
        assertEquals("The table counts no cases.", errors("A\tB\tC\tn\n1\t0\t0\t0\n").get(0).message());
    }

    @Test
    void listNamesMustBeDistinct() {
        assertTrue(errors("A\tB\tA\tn\n1\t0\t0\t1\n").get(0).message().contains("used twice"));
    }
}
