package eu.cbss.impt.hub.imports;

import eu.cbss.impt.hub.access.Caller;
import eu.cbss.impt.hub.audit.AuditAction;
import eu.cbss.impt.hub.audit.AuditTrail;
import eu.cbss.impt.hub.signal.ReviewStatus;
import eu.cbss.impt.hub.signal.Signal;
import eu.cbss.impt.hub.signal.SignalIntake;
import eu.cbss.impt.hub.signal.SignalReference;
import eu.cbss.impt.hub.signal.Signals;
import eu.cbss.impt.hub.signal.SignalsAccepted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Stores one part of a file in one transaction: its new signals (each audited like a single
 * filing), its row errors and the import's counts, so that the counts never run ahead of the data.
 */
@ApplicationScoped
public class ImportChunks {

    @Inject
    SignalImports imports;

    @Inject
    Signals signals;

    @Inject
    AuditTrail audit;

    @Inject
    SignalIntake intake;

    @Inject
    Clock clock;

    /** Records a received file and audits it; committed before its rows are queued. */
    @Inject
    Event<SignalsAccepted> accepted;

    @Transactional
    public void register(SignalImport received, Caller caller) {
        imports.add(received);
        audit.record(caller, AuditAction.IMPORT_RECEIVED, "signal_import", received.id().toString(),
                received.format() + ", " + received.totalRows() + " rows, " + received.byteSize() + " bytes");
    }

    @Transactional
    public void start(UUID importId) {
        imports.find(importId).orElseThrow().start(clock.instant());
    }

    /** Stores the part; returns the references it accepted, for the parts after it. */
    @Transactional
    public Set<String> write(UUID importId, Caller caller, List<ImportItem> items, Set<String> earlierInFile) {
        SignalImport job = imports.find(importId).orElseThrow();
        List<String> refs = items.stream().filter(ImportItem::isValid).map(ImportItem::externalRef).distinct().toList();
        ImportChunk.Plan plan = ImportChunk.plan(items, signals.externalRefsFiled(caller.organisation(), refs), earlierInFile);
        Instant now = clock.instant();
        Iterator<SignalReference> references =
                signals.nextReferences(now.atZone(ZoneOffset.UTC).getYear(), plan.toCreate().size()).iterator();
        List<UUID> acceptedNow = new ArrayList<>();
        for (ImportItem item : plan.toCreate()) {
            Signal signal = intake.create(caller, item.submission(), references.next(), now, " from import " + importId);
            if (signal.reviewStatus() == ReviewStatus.ACCEPTED) {
                acceptedNow.add(signal.id());
            }
        }
        int ordinal = job.errorCount();
        for (RowError error : plan.errors()) {
            imports.addError(new ImportErrorRecord(importId, ordinal++, error));
        }
        job.count(plan.tally());
        if (!acceptedNow.isEmpty()) {
            accepted.fire(new SignalsAccepted(acceptedNow)); // linked into clusters after the commit, in one go
        }
        return plan.acceptedRefs();
    }

    @Transactional
    public void finish(UUID importId) {
        imports.find(importId).orElseThrow().finish(clock.instant());
    }

    @Transactional
    public void fail(UUID importId, String reason) {
        imports.find(importId).ifPresent(i -> i.fail(reason, clock.instant()));
    }
}
