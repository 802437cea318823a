package eu.cbss.impt.hub.imports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** One stored row error of an import, in the order it was found. */
@Entity
@Table(name = "signal_import_error")
public class ImportErrorRecord {

    private static final int MAX_FIELD = 200;
    private static final int MAX_MESSAGE = 1000;

    @Id
    private UUID id;

    @Column(name = "import_id")
    private UUID importId;

    private int ordinal;

    @Column(name = "row_number")
    private int row;

    private String field;

    private String message;

    protected ImportErrorRecord() {
    }

    public ImportErrorRecord(UUID importId, int ordinal, RowError error) {
        this.id = UUID.randomUUID();
        this.importId = importId;
        this.ordinal = ordinal;
        this.row = error.row();
        this.field = fit(error.field(), MAX_FIELD);
        this.message = fit(error.message(), MAX_MESSAGE);
    }

    private static String fit(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    public RowError error() {
        return new RowError(row, field, message);
    }
}
