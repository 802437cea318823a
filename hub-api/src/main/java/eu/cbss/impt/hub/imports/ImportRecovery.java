package eu.cbss.impt.hub.imports;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Files live in memory only (they may hold identifiers), so an import the hub was reading when it
 * stopped cannot go on. At start-up such imports end as FAILED, saying how far they got; the rows
 * counted are stored, and uploading the file again adds only the rest.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class ImportRecovery {

    private static final Logger LOG = Logger.getLogger(ImportRecovery.class.getName());

    @Inject
    SignalImports imports;

    @Inject
    ImportChunks chunks;

    @PostConstruct
    void atStartup() {
        for (SignalImport unfinished : imports.unfinished()) {
            chunks.fail(unfinished.id(), "The hub stopped while reading this file, after " + unfinished.processedRows()
                    + " of " + unfinished.totalRows() + " rows (those are stored). Upload the file again: signals "
                    + "stored already are recognised by their externalRef and not stored twice.");
            LOG.info(() -> "Import " + unfinished.id() + " was left unfinished by a stop; marked FAILED.");
        }
    }
}
