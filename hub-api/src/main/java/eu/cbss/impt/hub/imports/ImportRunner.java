package eu.cbss.impt.hub.imports;

import eu.cbss.impt.hub.access.Caller;
import eu.cbss.impt.hub.signal.SignalSubmissionReader;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads imported files in the background, one file at a time on one managed thread, so that a
 * large file takes one core and the hub stays responsive to everyone else. Each part of
 * {@link #CHUNK} signals is one transaction.
 */
@ApplicationScoped
public class ImportRunner {

    static final int CHUNK = 250;
    private static final Logger LOG = Logger.getLogger(ImportRunner.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;

    @Inject
    ImportChunks chunks;

    @Inject
    Clock clock;

    private ExecutorService executor;

    @PostConstruct
    void init() {
        executor = Executors.newSingleThreadExecutor(threads);
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    /** Queues a received file; its record must be committed already. */
    public void enqueue(UUID importId, Caller caller, ImportRows rows) {
        executor.execute(() -> run(importId, caller, rows));
    }

    private void run(UUID importId, Caller caller, ImportRows rows) {
        int rowsDone = 0;
        try {
            chunks.start(importId);
            Set<String> acceptedRefs = new HashSet<>();
            Iterator<ImportItem> items = rows.items(new SignalSubmissionReader(clock));
            List<ImportItem> chunk = new ArrayList<>(CHUNK);
            while (items.hasNext()) {
                chunk.add(items.next());
                if (chunk.size() == CHUNK || !items.hasNext()) {
                    write(importId, caller, chunk, acceptedRefs);
                    rowsDone += chunk.stream().mapToInt(i -> i.rows().size()).sum();
                    chunk.clear();
                }
                if (Thread.currentThread().isInterrupted()) {
                    throw new IllegalStateException("interrupted");
                }
            }
            chunks.finish(importId);
        } catch (RuntimeException e) {
            // The class only: a message could quote the file.
            LOG.log(Level.WARNING, "Import {0} stopped after {1} rows: {2}", new Object[] {importId, rowsDone, e.getClass().getName()});
            chunks.fail(importId, "The import stopped after " + rowsDone + " of " + rows.total()
                    + " rows because of an error in the hub (logged). Upload the file again: signals stored "
                    + "already are recognised by their externalRef and not stored twice.");
        }
    }

    /**
     * One part in one transaction. If it fails, most likely because someone filed one of its
     * references at the same moment, its signals are stored one by one, which finds that one filed.
     */
    private void write(UUID importId, Caller caller, List<ImportItem> chunk, Set<String> acceptedRefs) {
        try {
            acceptedRefs.addAll(chunks.write(importId, caller, chunk, acceptedRefs));
        } catch (RuntimeException partFailed) {
            for (ImportItem item : chunk) {
                try {
                    acceptedRefs.addAll(chunks.write(importId, caller, List.of(item), acceptedRefs));
                } catch (RuntimeException once) {
                    acceptedRefs.addAll(chunks.write(importId, caller, List.of(item), acceptedRefs));
                }
            }
        }
    }
}
