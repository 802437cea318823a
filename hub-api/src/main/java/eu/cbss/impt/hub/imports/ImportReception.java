package eu.cbss.impt.hub.imports;

import eu.cbss.impt.hub.access.Caller;
import eu.cbss.impt.hub.signal.SignalIntake;
import eu.cbss.impt.hub.signal.Submitter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Receives a file: checks it as a whole (a refused file leaves nothing behind), records the import
 * and queues its rows. Also answers who may see an import: its organisation only.
 */
@ApplicationScoped
public class ImportReception {

    static final int LATEST = 20;

    @Inject
    ImportChunks chunks;

    @Inject
    ImportRunner runner;

    @Inject
    SignalImports imports;

    @Inject
    Clock clock;

    public SignalImport receive(Caller caller, ImportFormat format, byte[] file) {
        SignalIntake.requireMayFile(caller);
        ImportRows rows = ImportFile.read(format, file);
        SignalImport received = SignalImport.receive(new Submitter(caller.username(), caller.organisation(), caller.region()),
                format, file.length, rows.total(), clock.instant());
        chunks.register(received, caller);
        runner.enqueue(received.id(), caller, rows);
        return received;
    }

    public ImportView view(Caller caller, UUID id) {
        SignalImport found = visible(caller, id);
        return ImportView.of(found, imports.errors(id, 0, ImportView.ERRORS_SHOWN));
    }

    public SignalImport visible(Caller caller, UUID id) {
        return imports.find(id).filter(i -> i.visibleTo(caller)).orElseThrow(ImportNotFound::new);
    }

    public List<ImportView> latest(Caller caller) {
        SignalIntake.requireMayFile(caller);
        return imports.latest(caller.organisation(), LATEST).stream().map(i -> ImportView.of(i, List.of())).toList();
    }

    /** All row errors, read in pages so that a file of many bad rows does not fill the heap. */
    public void eachError(UUID id, java.util.function.Consumer<RowError> sink) {
        for (int first = 0; ; first += ImportView.ERRORS_SHOWN) {
            List<RowError> page = imports.errors(id, first, ImportView.ERRORS_SHOWN);
            page.forEach(sink);
            if (page.size() < ImportView.ERRORS_SHOWN) return;
        }
    }
}
