package eu.cbss.impt.hub.review;

import eu.cbss.impt.hub.access.AccessDenied;
import eu.cbss.impt.hub.access.Caller;
import eu.cbss.impt.hub.access.Role;
import eu.cbss.impt.hub.access.SignalScope;
import eu.cbss.impt.hub.audit.AuditAction;
import eu.cbss.impt.hub.audit.AuditTrail;
import eu.cbss.impt.hub.signal.ReviewStatus;
import eu.cbss.impt.hub.signal.Signal;
import eu.cbss.impt.hub.signal.SignalFilter;
import eu.cbss.impt.hub.signal.SignalNotFound;
import eu.cbss.impt.hub.signal.SignalSort;
import eu.cbss.impt.hub.signal.SignalWithdrawn;
import eu.cbss.impt.hub.signal.Signals;
import eu.cbss.impt.hub.signal.SignalsAccepted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The review use cases: each step checks who may take it (a signal outside the caller's reach is
 * answered as not found), lets the signal apply its rule, and is audited in the same transaction.
 * Two concurrent steps on one signal meet at its {@code @Version}: the second fails with an
 * OptimisticLockException (or, if it read after the first committed, a ReviewConflict).
 */
@ApplicationScoped
public class Reviewing {

    private static final SignalSort OLDEST_FIRST = new SignalSort("submittedAt", false);

    @Inject
    Signals signals;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    Event<SignalsAccepted> accepted;

    @Inject
    Event<SignalWithdrawn> withdrawn;

    /** The caller's review queue: submitted signals of organisations of their region, oldest first. */
    @Transactional
    public Signals.Page queue(Caller caller, int page, int size) {
        String region = coordinatedRegion(caller);
        Signals.Page result = signals.page(SignalScope.region(region),
                new SignalFilter(null, null, null, ReviewStatus.SUBMITTED, null, null, true), page, size, OLDEST_FIRST);
        audit.record(caller, AuditAction.REVIEW_QUEUE_LISTED, "signal-list", null,
                "region=" + region + " page=" + page + " size=" + size + " total=" + result.total());
        return result;
    }

    @Transactional
    public Signal decide(Caller caller, UUID id, ReviewBodies.Decision decision) {
        coordinatedRegion(caller);
        Signal signal = find(id, s -> s.reviewableBy(caller));
        Instant now = clock.instant();
        AuditAction action = switch (decision.verdict()) {
            case ACCEPT -> {
                signal.accept(caller, decision.message(), now);
                accepted.fire(new SignalsAccepted(List.of(signal.id()))); // linked into clusters after the commit
                yield AuditAction.SIGNAL_ACCEPTED;
            }
            case RETURN -> { signal.returnWithQuestion(caller, decision.message(), now); yield AuditAction.SIGNAL_RETURNED; }
            case REJECT -> { signal.reject(caller, decision.message(), now); yield AuditAction.SIGNAL_REJECTED; }
        };
        return done(caller, signal, action);
    }

    @Transactional
    public Signal answer(Caller caller, UUID id, String message) {
        if (!caller.has(Role.SOCIAL_WORKER) || caller.organisation() == null) {
            throw new AccessDenied("Only a social worker of the filing organisation answers a returned signal.");
        }
        Signal signal = find(id, s -> s.answerableBy(caller));
        signal.answer(caller, message, clock.instant());
        return done(caller, signal, AuditAction.SIGNAL_ANSWERED);
    }

    @Transactional
    public Signal withdraw(Caller caller, UUID id, String reason) {
        boolean national = caller.has(Role.NATIONAL_COORDINATOR);
        boolean worker = caller.has(Role.SOCIAL_WORKER) && caller.organisation() != null;
        if (!national && !worker) {
            throw new AccessDenied("Only the filing organisation's social workers or a national coordinator withdraw a signal.");
        }
        Signal signal = find(id, s -> s.withdrawableBy(caller));
        signal.withdraw(caller, reason, clock.instant());
        withdrawn.fire(new SignalWithdrawn(signal.id(), signal.reference())); // leaves its clusters after the commit
        return done(caller, signal, AuditAction.SIGNAL_WITHDRAWN);
    }

    private Signal find(UUID id, Predicate<Signal> mayAct) {
        return signals.find(id).filter(mayAct).orElseThrow(SignalNotFound::new);
    }

    private Signal done(Caller caller, Signal signal, AuditAction action) {
        audit.record(caller, action, "signal", signal.id().toString(), signal.reference() + " -> " + signal.reviewStatus());
        signals.flush(); // a lost race shows here, as an OptimisticLockException, and rolls back the audit entry too
        signal.children().size();
        signal.reviews().size();
        return signal;
    }

    private static String coordinatedRegion(Caller caller) {
        if (!caller.has(Role.REGIONAL_COORDINATOR) || caller.region() == null || caller.region().isBlank()) {
            throw new AccessDenied("Only a regional coordinator with a region reviews signals.");
        }
        return caller.region();
    }
}
