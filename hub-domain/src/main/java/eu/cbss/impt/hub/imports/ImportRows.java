package eu.cbss.impt.hub.imports;

import eu.cbss.impt.hub.signal.SignalSubmissionReader;
import java.util.Iterator;

/** A file that passed the checks on the whole, split into rows; read into signals one at a time. */
public sealed interface ImportRows permits NdjsonRows, CsvRows {

    ImportFormat format();

    /** The rows of data (a CSV header and blank lines do not count). */
    int total();

    /** The signals of the file, in file order, each valid or with its row errors. */
    Iterator<ImportItem> items(SignalSubmissionReader reader);
}
