package eu.cbss.impt.hub.imports;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides what a part of a file does: a signal with errors is rejected with its rows; one whose
 * {@code externalRef} is stored already, or came earlier in the same file, is found already filed;
 * the rest are created. The same reference never creates a second signal.
 */
public final class ImportChunk {

    /** The signals to create, the errors to keep, the tally, and the references now accepted. */
    public record Plan(List<ImportItem> toCreate, List<RowError> errors, ImportTally tally, Set<String> acceptedRefs) {
    }

    private ImportChunk() {
    }

    /**
     * @param stored the chunk's references that the organisation has filed already
     * @param earlierInFile references accepted from earlier chunks of the same file
     */
    public static Plan plan(List<ImportItem> items, Set<String> stored, Set<String> earlierInFile) {
        List<ImportItem> toCreate = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        Set<String> accepted = new HashSet<>();
        int acceptedRows = 0;
        int rejectedRows = 0;
        int created = 0;
        int alreadyFiled = 0;
        for (ImportItem item : items) {
            if (!item.isValid()) {
                rejectedRows += item.rows().size();
                errors.addAll(item.errors());
                continue;
            }
            acceptedRows += item.rows().size();
            String ref = item.externalRef();
            if (stored.contains(ref) || earlierInFile.contains(ref) || accepted.contains(ref)) {
                alreadyFiled++;
            } else {
                toCreate.add(item);
                created++;
            }
            accepted.add(ref);
        }
        return new Plan(toCreate, errors, new ImportTally(acceptedRows, rejectedRows, created, alreadyFiled, errors.size()),
                accepted);
    }
}
