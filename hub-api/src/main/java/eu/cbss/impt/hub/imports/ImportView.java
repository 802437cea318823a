package eu.cbss.impt.hub.imports;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An import as the API returns it. {@code total}, {@code accepted} and {@code rejected} count rows;
 * {@code errors} lists the first {@link #ERRORS_SHOWN} row errors (all of them: {@code GET .../errors}).
 */
public record ImportView(UUID id, ImportStatus status, ImportFormat format, int total, int processed, int accepted,
        int rejected, int signalsCreated, int signalsAlreadyFiled, int errorCount, String submittedBy,
        Instant receivedAt, Instant startedAt, Instant finishedAt, String failure, List<RowError> errors) {

    public static final int ERRORS_SHOWN = 1000;

    static ImportView of(SignalImport i, List<RowError> errors) {
        return new ImportView(i.id(), i.status(), i.format(), i.totalRows(), i.processedRows(), i.acceptedRows(),
                i.rejectedRows(), i.signalsCreated(), i.signalsAlreadyFiled(), i.errorCount(), i.submittedBy(),
                i.receivedAt(), i.startedAt(), i.finishedAt(), i.failure(), errors);
    }
}
