package eu.cbss.impt.hub.imports;

import eu.cbss.impt.hub.access.Caller;
import eu.cbss.impt.hub.signal.Submitter;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * One uploaded file and how far its rows have been read. Counts move only forward, and together
 * with the rows they count, so what it says was stored is stored. The file is not kept.
 */
@Entity
@Table(name = "signal_import")
public class SignalImport {

    @Id
    private UUID id;

    private String organisation;

    @Column(name = "organisation_region")
    private String organisationRegion;

    @Column(name = "submitted_by")
    private String submittedBy;

    @Enumerated(EnumType.STRING)
    private ImportFormat format;

    @Column(name = "byte_size")
    private long byteSize;

    @Enumerated(EnumType.STRING)
    private ImportStatus status;

    @Column(name = "total_rows")
    private int totalRows;

    @Column(name = "processed_rows")
    private int processedRows;

    @Column(name = "accepted_rows")
    private int acceptedRows;

    @Column(name = "rejected_rows")
    private int rejectedRows;

    @Column(name = "signals_created")
    private int signalsCreated;

    @Column(name = "signals_already_filed")
    private int signalsAlreadyFiled;

    @Column(name = "error_count")
    private int errorCount;

    @Column(name = "received_at")
    private OffsetDateTime receivedAt;

    @Column(name = "started_at")
    private OffsetDateTime startedAt;

    @Column(name = "finished_at")
    private OffsetDateTime finishedAt;

    private String failure;

    @Version
    private long version;

    protected SignalImport() {
    }

    public static SignalImport receive(Submitter submitter, ImportFormat format, long byteSize, int totalRows, Instant now) {
        SignalImport i = new SignalImport();
        i.id = UUID.randomUUID();
        i.organisation = submitter.organisation();
        i.organisationRegion = submitter.organisationRegion();
        i.submittedBy = submitter.username();
        i.format = format;
        i.byteSize = byteSize;
        i.totalRows = totalRows;
        i.status = ImportStatus.QUEUED;
        i.receivedAt = now.atOffset(ZoneOffset.UTC);
        return i;
    }

    public void start(Instant now) {
        status = ImportStatus.RUNNING;
        startedAt = now.atOffset(ZoneOffset.UTC);
    }

    /** Counts a part of the file, in the transaction that stored it. */
    public void count(ImportTally tally) {
        if (processedRows + tally.rows() > totalRows) {
            throw new IllegalStateException("More rows counted than the file has");
        }
        processedRows += tally.rows();
        acceptedRows += tally.acceptedRows();
        rejectedRows += tally.rejectedRows();
        signalsCreated += tally.signalsCreated();
        signalsAlreadyFiled += tally.signalsAlreadyFiled();
        errorCount += tally.errors();
    }

    public void finish(Instant now) {
        status = ImportStatus.DONE;
        finishedAt = now.atOffset(ZoneOffset.UTC);
    }

    /** Ends an import early; the reason is shown to the user, so it never quotes the file. */
    public void fail(String reason, Instant now) {
        status = ImportStatus.FAILED;
        failure = reason.length() <= 500 ? reason : reason.substring(0, 499) + "…";
        finishedAt = now.atOffset(ZoneOffset.UTC);
    }

    /** An import is seen by the social workers and coordinators of the organisation that sent it. */
    public boolean visibleTo(Caller caller) {
        return caller.mayFileSignals() && organisation.equals(caller.organisation());
    }

    public UUID id() { return id; }
    public String organisation() { return organisation; }
    public String submittedBy() { return submittedBy; }
    public ImportFormat format() { return format; }
    public long byteSize() { return byteSize; }
    public ImportStatus status() { return status; }
    public int totalRows() { return totalRows; }
    public int processedRows() { return processedRows; }
    public int acceptedRows() { return acceptedRows; }
    public int rejectedRows() { return rejectedRows; }
    public int signalsCreated() { return signalsCreated; }
    public int signalsAlreadyFiled() { return signalsAlreadyFiled; }
    public int errorCount() { return errorCount; }
    public Instant receivedAt() { return receivedAt.toInstant(); }
    public Instant startedAt() { return startedAt == null ? null : startedAt.toInstant(); }
    public Instant finishedAt() { return finishedAt == null ? null : finishedAt.toInstant(); }
    public String failure() { return failure; }
}
