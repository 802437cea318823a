package eu.cbss.impt.hub.imports;

/** What a part of an import did: rows accepted or rejected, and signals created or found already filed. */
public record ImportTally(int acceptedRows, int rejectedRows, int signalsCreated, int signalsAlreadyFiled, int errors) {

    public static final ImportTally NONE = new ImportTally(0, 0, 0, 0, 0);

    public ImportTally plus(ImportTally other) {
        return new ImportTally(acceptedRows + other.acceptedRows, rejectedRows + other.rejectedRows,
                signalsCreated + other.signalsCreated, signalsAlreadyFiled + other.signalsAlreadyFiled, errors + other.errors);
    }

    public int rows() {
        return acceptedRows + rejectedRows;
    }
}
