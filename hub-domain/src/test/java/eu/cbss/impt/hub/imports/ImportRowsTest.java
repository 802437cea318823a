package eu.cbss.impt.hub.imports;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.cbss.impt.hub.signal.SignalSubmissionReader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Rows into signals: the shipped examples, grouping, and every kind of row error. */
class ImportRowsTest {

    private static final SignalSubmissionReader READER =
            new SignalSubmissionReader(Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC));
    private static final String HEADER = String.join(",", CsvColumns.headers());
    private static final String SIGNAL = "MAYBE,PROFESSIONAL_OBSERVATION,INCIDENT_OR_NARRATIVE,BEGGING,SUSPECTED_VICTIM,EE001,2026-10-01,,";

    static List<ImportItem> items(ImportFormat format, byte[] bytes) {
        List<ImportItem> items = new ArrayList<>();
        ImportFile.read(format, bytes).items(READER).forEachRemaining(items::add);
        return items;
    }

    private static List<ImportItem> csv(String... rows) {
        return items(ImportFormat.CSV, (HEADER + "\n" + String.join("\n", rows) + "\n").getBytes(UTF_8));
    }

    private static Set<String> errors(ImportItem item) {
        return item.errors().stream().map(e -> e.row() + ":" + e.field()).collect(Collectors.toSet());
    }

    @Test
    void theCsvExampleHasFourGoodSignalsAndThreeBadRows() {
        List<ImportItem> items = items(ImportFormat.CSV, ImportTemplates.EXAMPLE_CSV.bytes());
        assertEquals(7, items.size());
        assertEquals(List.of("EX-0001", "EX-0002", "EX-0003", "EX-0004"),
                items.stream().filter(ImportItem::isValid).map(ImportItem::externalRef).toList());
        assertEquals(List.of(2, 3), items.get(0).rows());
        assertEquals(2, items.get(0).submission().children().size());
        assertEquals("Demoion", items.get(0).submission().children().get(1).identifiers().givenName());
        assertEquals(Set.of("7:concerns"), errors(items.get(4)));
        assertEquals(Set.of("8:age"), errors(items.get(5)));
        assertEquals(Set.of("9:narrative"), errors(items.get(6)));
        assertTrue(items.get(6).errors().get(0).message().contains("formula"));
    }

    @Test
    void theNdjsonExampleReadsLikeTheCsvExample() {
        List<ImportItem> items = items(ImportFormat.NDJSON, ImportTemplates.EXAMPLE_NDJSON.bytes());
        assertEquals(7, items.size());
        assertEquals(4, items.stream().filter(ImportItem::isValid).count());
        assertEquals(Set.of("5:concerns[1]"), errors(items.get(4)));
        assertEquals(Set.of("6:children[0].age"), errors(items.get(5)));
        assertEquals(Set.of("7:narrative"), errors(items.get(6)));
        assertEquals(items(ImportFormat.CSV, ImportTemplates.EXAMPLE_CSV.bytes()).get(0).submission(),
                items.get(0).submission());
    }

    @Test
    void theTemplateIsTheHeader() {
        assertEquals(HEADER + "\r\n", new String(ImportTemplates.TEMPLATE_CSV.bytes(), UTF_8));
    }

    @Test
    void aBadChildRowRejectsItsWholeSignalAndSaysWhy() {
        List<ImportItem> items = csv("EX-1," + SIGNAL + "2,,F,12", "EX-1,,,,,,,,,,,M,twelve");
        assertEquals(1, items.size());
        assertFalse(items.get(0).isValid());
        assertEquals(Set.of("3:age", "2:externalRef"), errors(items.get(0)));
        assertTrue(items.get(0).errors().stream().anyMatch(e -> e.message().contains("row 3 of the same signal")));
    }

    @Test
    void rowsOfOneSignalNeedNotBeAdjacent() {
        List<ImportItem> items = csv("EX-1," + SIGNAL + "2,,F,12", "EX-2," + SIGNAL + "1,,M,9", "EX-1,,,,,,,,,,,M,14");
        assertEquals(List.of(List.of(2, 4), List.of(3)), items.stream().map(ImportItem::rows).toList());
        assertTrue(items.stream().allMatch(ImportItem::isValid));
    }

    @Test
    void aSignalColumnThatDiffersFromTheFirstRowIsAnError() {
        List<ImportItem> items = csv("EX-1," + SIGNAL + "2,,F,12", "EX-1,OFFICIAL,,,,,,,,,,M,14");
        assertEquals(Set.of("3:grade", "2:externalRef"), errors(items.get(0)));
    }

    @Test
    void aRowWithoutExternalRefIsRejectedAlone() {
        List<ImportItem> items = csv("," + SIGNAL + "1", "EX-2," + SIGNAL + "1");
        assertEquals(Set.of("2:externalRef"), errors(items.get(0)));
        assertTrue(items.get(1).isValid());
    }

    @Test
    void aRowWithTheWrongNumberOfValuesIsRejected() {
        List<ImportItem> items = csv("EX-1," + SIGNAL + "1,a narrative, with a comma,F,,,,,,,,,,,,");
        assertTrue(errors(items.get(0)).contains("2:row"));
        assertTrue(csv("EX-1," + SIGNAL + "1").get(0).isValid(), "fewer values are empty trailing cells");
    }

    @Test
    void formulaCharactersAreRefusedInAnyCell() {
        for (String start : List.of("=", "+", "-", "@")) {
            List<ImportItem> items = csv("EX-1," + SIGNAL + "1," + start + "cmd|' /C calc'!A0");
            assertEquals(Set.of("2:narrative"), errors(items.get(0)), start);
        }
        assertEquals("'=1+1", SpreadsheetCells.neutralise("=1+1"));
        assertEquals("plain", SpreadsheetCells.neutralise("plain"));
    }

    @Test
    void ndjsonNeedsAnExternalRefAndRefusesFormulasAtAnyDepth() {
        String line = "{\"grade\":\"MAYBE\",\"sourceType\":\"MEDIA\",\"informationType\":\"EMERGING_ISSUE\","
                + "\"concerns\":[\"OTHER\"],\"childSituation\":\"AT_RISK_CONTEXT\",\"region\":\"EE001\","
                + "\"occurredFrom\":\"2026-10-01\",\"childrenCount\":1,\"children\":[{\"identifiers\":{\"givenName\":\"@x\"}}]}";
        List<ImportItem> items = items(ImportFormat.NDJSON, (line + "\n").getBytes(UTF_8));
        assertEquals(Set.of("1:externalRef", "1:children[0].identifiers.givenName"), errors(items.get(0)));
    }

    @Test
    void aLineThatIsNotJsonIsOneRowError() {
        List<ImportItem> items = items(ImportFormat.NDJSON, "{\"a\":1}\n{not json\n".getBytes(UTF_8));
        assertEquals(Set.of("2:line"), errors(items.get(1)));
    }

    @Test
    void noErrorMessageRepeatsAnIdentifier() {
        List<ImportItem> items = csv("EX-1," + SIGNAL + "1,,F,12,,XX,,,,,Secretname,Hiddenfamily,2030-01-01,ID-99");
        String all = items.get(0).errors().toString();
        assertFalse(items.get(0).isValid());
        for (String id : List.of("Secretname", "Hiddenfamily", "2030-01-01", "ID-99")) {
            assertFalse(all.contains(id), all);
        }
    }
}
