package eu.cbss.impt.hub.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.cbss.impt.hub.signal.Submitter;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The same externalRef never creates a second signal: not from the database, not from the same file. */
class ImportChunkTest {

    private static final List<ImportItem> EXAMPLE = ImportRowsTest.items(ImportFormat.CSV, ImportTemplates.EXAMPLE_CSV.bytes());

    @Test
    void aFreshFileCreatesItsValidSignalsAndKeepsItsErrors() {
        ImportChunk.Plan plan = ImportChunk.plan(EXAMPLE, Set.of(), Set.of());
        assertEquals(4, plan.toCreate().size());
        assertEquals(new ImportTally(5, 3, 4, 0, 3), plan.tally());
        assertEquals(Set.of("EX-0001", "EX-0002", "EX-0003", "EX-0004"), plan.acceptedRefs());
    }

    @Test
    void theSameFileAgainCreatesNothing() {
        ImportChunk.Plan plan = ImportChunk.plan(EXAMPLE, Set.of("EX-0001", "EX-0002", "EX-0003", "EX-0004"), Set.of());
        assertEquals(List.of(), plan.toCreate());
        assertEquals(new ImportTally(5, 3, 0, 4, 3), plan.tally());
    }

    @Test
    void aReferenceRepeatedInTheFileIsAlreadyFiledTheSecondTime() {
        ImportItem first = EXAMPLE.get(1);
        ImportChunk.Plan plan = ImportChunk.plan(List.of(first, first), Set.of(), Set.of());
        assertEquals(1, plan.toCreate().size());
        assertEquals(1, plan.tally().signalsAlreadyFiled());
        assertEquals(0, ImportChunk.plan(List.of(first), Set.of(), plan.acceptedRefs()).toCreate().size());
    }

    @Test
    void countsNeverPassTheRowsOfTheFile() {
        SignalImport running = SignalImport.receive(new Submitter("worker1", "org", "EE001"), ImportFormat.CSV, 10, 8, Instant.EPOCH);
        running.count(ImportChunk.plan(EXAMPLE, Set.of(), Set.of()).tally());
        assertEquals(8, running.processedRows());
        assertThrows(IllegalStateException.class, () -> running.count(new ImportTally(1, 0, 1, 0, 0)));
    }
}
