package eu.cbss.impt.hub.signal;

import eu.cbss.impt.hub.access.AccessDenied;
import eu.cbss.impt.hub.access.Caller;
import eu.cbss.impt.hub.access.SignalScope;
import eu.cbss.impt.hub.audit.AuditAction;
import eu.cbss.impt.hub.audit.AuditTrail;
import eu.cbss.impt.hub.narrative.NarrativeKeyring;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads signals within the caller's scope; every read of a detail, of a narrative and every list is audited. */
@ApplicationScoped
public class SignalReading {

    @Inject
    Signals signals;

    @Inject
    AuditTrail audit;

    @Inject
    NarrativeKeyring narratives;

    /** A signal and its narrative in plain text (null if it has none). */
    public record Detail(Signal signal, String narrative, List<UUID> clusterIds) {
    }

    /**
     * A signal in the caller's scope, with its narrative decrypted: only after the scope check, and
     * audited as NARRATIVE_READ besides SIGNAL_READ. Lists never decrypt.
     */
    @Transactional
    public Detail detail(Caller caller, UUID id) {
        SignalScope scope = scopeOf(caller);
        Signal signal = signals.find(id)
                .filter(s -> scope.permits(s.organisation(), s.organisationRegion()))
                .orElseThrow(SignalNotFound::new);
        signal.children().size(); // loaded inside the transaction, for the view
        signal.reviews().size();
        audit.record(caller, AuditAction.SIGNAL_READ, "signal", signal.id().toString(), signal.reference());
        String narrative = null;
        if (signal.hasNarrative()) {
            narrative = signal.readNarrative(narratives.cipher());
            audit.record(caller, AuditAction.NARRATIVE_READ, "signal", signal.id().toString(),
                    signal.reference() + " key=" + signal.narrativeKeyId());
        }
        return new Detail(signal, narrative, signals.clusterIds(List.of(signal.id())).getOrDefault(signal.id(), List.of()));
    }

    @Transactional
    public Listed list(Caller caller, SignalFilter filter, int page, int size, SignalSort sort, boolean withCount) {
        Signals.Page result = signals.page(scopeOf(caller), filter, page, size, sort, withCount);
        Map<UUID, List<UUID>> clusters = signals.clusterIds(result.items().stream().map(Signal::id).toList());
        audit.record(caller, AuditAction.SIGNALS_LISTED, "signal-list", null,
                "filter=" + filter + " page=" + page + " size=" + size + " total=" + result.total());
        return new Listed(result, clusters);
    }

    /** A page of signals and the clusters each is in. */
    public record Listed(Signals.Page page, Map<UUID, List<UUID>> clusterIds) {
    }

    private static SignalScope scopeOf(Caller caller) {
        SignalScope scope = caller.signalScope();
        if (scope.kind() == SignalScope.Kind.NONE) {
            throw new AccessDenied("Your role does not give access to signals.");
        }
        return scope;
    }
}
