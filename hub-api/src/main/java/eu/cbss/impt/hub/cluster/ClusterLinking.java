package eu.cbss.impt.hub.cluster;

import eu.cbss.impt.hub.access.AccessDenied;
import eu.cbss.impt.hub.linkage.LinkageSettings;
import eu.cbss.impt.hub.signal.SignalWithdrawn;
import eu.cbss.impt.hub.signal.SignalsAccepted;
import eu.cbss.impt.hub.validation.InvalidInput;
import eu.cbss.impt.hub.validation.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The linkage engine of the running hub, in memory, one caller at a time. Built at start-up from the
 * database ({@link #rebuild}): the stored history replayed, then every accepted signal that no
 * cluster holds yet is linked (catch-up: a stop between an acceptance and its linking loses
 * nothing). A signal is linked after the transaction that accepted it commits, in a transaction of
 * its own. If storing what the engine decided fails, the engine is ahead of the database; it is
 * then rebuilt before its next use.
 */
@ApplicationScoped
public class ClusterLinking {

    private static final Logger LOG = Logger.getLogger(ClusterLinking.class.getName());

    @Inject
    ClusterWrites writes;

    private final ReentrantLock lock = new ReentrantLock();
    private ClusterEngine engine; // guarded by lock; null: to be rebuilt

    void accepted(@Observes(during = TransactionPhase.AFTER_SUCCESS) SignalsAccepted accepted) {
        link(accepted.signals());
    }

    void withdrawn(@Observes(during = TransactionPhase.AFTER_SUCCESS) SignalWithdrawn withdrawn) {
        try {
            locked(e -> { writes.leave(withdrawn.signal(), withdrawn.reference()); return null; });
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Signal " + withdrawn.signal() + " was withdrawn but could not leave its clusters", e);
        }
    }

    /** Links accepted signals now; a failure is logged, and the next use rebuilds the engine and catches up. */
    public void link(Collection<UUID> signals) {
        try {
            locked(e -> writes.link(e, signals));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Linking " + signals.size() + " accepted signal(s) failed; the engine is rebuilt on its next use", e);
        }
    }

    /** Rebuilds the engine from the database and links what was accepted but never linked. */
    public void rebuild() {
        lock.lock();
        try {
            engine = null;
            fresh();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs an action with the engine, alone. If the action fails other than by a refusal of the
     * request, the engine may be ahead of the database and is rebuilt before its next use.
     */
    public <T> T locked(Function<ClusterEngine, T> action) {
        lock.lock();
        try {
            return action.apply(fresh());
        } catch (InvalidInput | AccessDenied | ClusterConflict | NotFound refused) {
            throw refused;
        } catch (RuntimeException e) {
            engine = null;
            throw e;
        } finally {
            lock.unlock();
        }
    }

    private ClusterEngine fresh() {
        if (engine == null) {
            long start = System.nanoTime();
            ClusterEngine rebuilt = writes.replay(LinkageSettings.defaults());
            if (rebuilt.mismatches() > 0) {
                LOG.warning(() -> rebuilt.mismatches() + " record(s) are stored in another cluster than the replayed engine "
                        + "puts them in; the stored clusters stand, and new links follow the engine");
            }
            List<UUID> behind = writes.acceptedButNeverLinked();
            for (int from = 0; from < behind.size(); from += 500) {
                writes.link(rebuilt, behind.subList(from, Math.min(behind.size(), from + 500)));
            }
            engine = rebuilt;
            LOG.info(() -> "Cluster engine rebuilt in " + (System.nanoTime() - start) / 1_000_000 + " ms; "
                    + behind.size() + " accepted signal(s) linked on catch-up");
        }
        return engine;
    }
}
