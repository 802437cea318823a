package eu.cbss.impt.hub.imports;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.cbss.impt.hub.validation.InvalidInput;
import org.junit.jupiter.api.Test;

/** The checks on a file as a whole: each refusal names the file and says what to do. */
class ImportFileTest {

    private static final String HEADER = String.join(",", CsvColumns.headers());

    private static String refusal(ImportFormat format, byte[] bytes) {
        InvalidInput e = assertThrows(InvalidInput.class, () -> ImportFile.read(format, bytes));
        assertEquals("file", e.errors().get(0).field());
        return e.errors().get(0).message();
    }

    @Test
    void anEmptyFileIsRefused() {
        assertTrue(refusal(ImportFormat.CSV, new byte[0]).contains("empty"));
        assertTrue(refusal(ImportFormat.NDJSON, "\n \r\n".getBytes(UTF_8)).contains("empty"));
        assertTrue(refusal(ImportFormat.CSV, "\uFEFF".getBytes(UTF_8)).contains("empty"));
    }

    @Test
    void aHeaderWithoutRowsIsRefused() {
        assertTrue(refusal(ImportFormat.CSV, (HEADER + "\r\n").getBytes(UTF_8)).contains("no rows"));
    }

    @Test
    void aNulByteIsRefusedWithItsLine() {
        String message = refusal(ImportFormat.CSV, (HEADER + "\nEX-1,MAYBE\u0000\n").getBytes(UTF_8));
        assertTrue(message.contains("NUL byte on line 2"), message);
    }

    @Test
    void latin1IsRefusedWithItsLine() {
        byte[] bytes = (HEADER + "\nEX-1,N\u00e4idis\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        String message = refusal(ImportFormat.CSV, bytes);
        assertTrue(message.contains("not UTF-8 (line 2)"), message);
        assertTrue(!message.contains("idis"), "never the content: " + message);
    }

    @Test
    void aByteOrderMarkIsIgnored() {
        ImportRows rows = ImportFile.read(ImportFormat.CSV, ("\uFEFF" + HEADER + "\nEX-1\n").getBytes(UTF_8));
        assertEquals(1, rows.total());
    }

    @Test
    void semicolonsOrTabsBetweenColumnsAreNamed() {
        assertTrue(refusal(ImportFormat.CSV, (HEADER.replace(',', ';') + "\nx\n").getBytes(UTF_8)).contains("';'"));
        assertTrue(refusal(ImportFormat.CSV, (HEADER.replace(',', '\t') + "\nx\n").getBytes(UTF_8)).contains("tabs"));
    }

    @Test
    void aWrongHeaderNamesUnknownRepeatedAndMissingColumns() {
        String message = refusal(ImportFormat.CSV, "externalRef,grade,grade,colour\nx,y,z,w\n".getBytes(UTF_8));
        assertTrue(message.contains("unknown column(s) colour"), message);
        assertTrue(message.contains("repeated column(s) grade"), message);
        assertTrue(message.contains("missing column(s) sourceType"), message);
    }

    @Test
    void headersMatchWithoutRegardToCaseAndOrder() {
        String header = "REGION, externalref ,grade,sourceType,informationType,concerns,childSituation,occurredFrom,childrenCount";
        assertEquals(2, ImportFile.read(ImportFormat.CSV, (header + "\na\nb\n").getBytes(UTF_8)).total());
    }

    @Test
    void anUnclosedQuoteIsRefusedWithItsLine() {
        String message = refusal(ImportFormat.CSV, (HEADER + "\nEX-1,\"MAYBE\n").getBytes(UTF_8));
        assertTrue(message.contains("not valid CSV"), message);
    }

    @Test
    void aFileOfTheOtherFormatIsNamed() {
        assertTrue(refusal(ImportFormat.NDJSON, (HEADER + "\n").getBytes(UTF_8)).contains("not NDJSON"));
        assertTrue(refusal(ImportFormat.CSV, "{\"grade\":\"MAYBE\"}\n".getBytes(UTF_8)).contains("looks like NDJSON"));
    }

    @Test
    void ndjsonCountsNonBlankLines() {
        ImportRows rows = ImportFile.read(ImportFormat.NDJSON, "{}\n\n{}\r\n{}".getBytes(UTF_8));
        assertEquals(3, rows.total());
    }

    @Test
    void mediaTypesChooseTheFormat() {
        assertEquals(ImportFormat.CSV, ImportFormat.ofMediaType("text/csv; charset=utf-8").orElseThrow());
        assertEquals(ImportFormat.NDJSON, ImportFormat.ofMediaType("application/x-ndjson").orElseThrow());
        assertEquals(ImportFormat.NDJSON, ImportFormat.ofMediaType("Application/NDJSON").orElseThrow());
        assertTrue(ImportFormat.ofMediaType("application/json").isEmpty());
    }
}
