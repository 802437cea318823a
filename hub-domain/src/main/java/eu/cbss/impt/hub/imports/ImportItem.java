package eu.cbss.impt.hub.imports;

import eu.cbss.impt.hub.signal.SignalSubmission;
import java.util.List;

/**
 * One signal read from a file: the rows it came from and either its submission or what is wrong.
 * A signal is stored whole or not at all, so the rows of a rejected signal are all rejected.
 */
public record ImportItem(List<Integer> rows, SignalSubmission submission, List<RowError> errors) {

    public ImportItem {
        rows = List.copyOf(rows);
        errors = List.copyOf(errors);
    }

    public static ImportItem valid(List<Integer> rows, SignalSubmission submission) {
        return new ImportItem(rows, submission, List.of());
    }

    public static ImportItem invalid(List<Integer> rows, List<RowError> errors) {
        return new ImportItem(rows, null, errors);
    }

    public boolean isValid() {
        return submission != null;
    }

    public String externalRef() {
        return submission == null ? null : submission.externalRef();
    }
}
