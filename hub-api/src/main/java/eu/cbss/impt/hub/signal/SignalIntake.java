package eu.cbss.impt.hub.signal;

import eu.cbss.impt.hub.access.AccessDenied;
import eu.cbss.impt.hub.access.Caller;
import eu.cbss.impt.hub.audit.AuditAction;
import eu.cbss.impt.hub.audit.AuditTrail;
import eu.cbss.impt.hub.narrative.NarrativeKeyring;
import eu.cbss.impt.hub.organisation.OrganisationDirectory;
import eu.cbss.impt.hub.problem.ProblemCode;
import eu.cbss.impt.hub.pseudonymisation.Pseudonymiser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Files a signal: one transaction in which the identifiers become tokens, the signal is stored
 * and the act is audited. A signal acknowledged with 201 is committed to PostgreSQL.
 */
@ApplicationScoped
public class SignalIntake {

    @Inject
    Signals signals;

    @Inject
    AuditTrail audit;

    @Inject
    Pseudonymiser pseudonymiser;

    @Inject
    NarrativeKeyring narratives;

    @Inject
    OrganisationDirectory organisations;

    @Inject
    Clock clock;

    @Inject
    Event<SignalsAccepted> accepted;

    /** The signal and whether this call created it (false: the externalRef was filed before). */
    public record Filed(Signal signal, boolean created) {
    }

    @Transactional
    public Filed file(Caller caller, SignalSubmission submission) {
        requireMayFile(caller);
        Optional<Filed> earlier = earlier(caller, submission.externalRef());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Instant now = clock.instant();
        Signal signal = create(caller, submission, signals.nextReference(now.atZone(ZoneOffset.UTC).getYear()), now, "");
        signals.flush(); // a concurrent filing of the same externalRef fails here, inside the use case
        if (signal.reviewStatus() == ReviewStatus.ACCEPTED) {
            accepted.fire(new SignalsAccepted(List.of(signal.id()))); // linked into clusters after the commit
        }
        return new Filed(signal, true);
    }

    /**
     * Creates one signal in the caller's transaction, for a single filing and for each signal of an
     * import alike: tokens and sealed narrative, acceptance at filing for a regional or national
     * organisation, and the audit entry ({@code provenance} ends its detail). Written at the next flush.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Signal create(Caller caller, SignalSubmission submission, SignalReference reference, Instant now,
            String provenance) {
        Signal signal = Signal.file(submission, new Submitter(caller.username(), caller.organisation(), caller.region()),
                reference, pseudonymiser, narratives.cipher(), now);
        if (!organisations.reviewedRegionally(caller.organisation())) {
            signal.acceptOnFiling(caller, now);
        }
        signals.persist(signal);
        audit.record(caller, AuditAction.SIGNAL_CREATED, "signal", signal.id().toString(), signal.reference() + provenance);
        return signal;
    }

    /** After a concurrent first filing of the same externalRef won the race: answer with that one. */
    @Transactional
    public Optional<Filed> earlier(Caller caller, String externalRef) {
        if (externalRef == null) {
            return Optional.empty();
        }
        return signals.findByExternalRef(caller.organisation(), externalRef).map(existing -> {
            audit.record(caller, AuditAction.SIGNAL_RESUBMITTED, "signal", existing.id().toString(), existing.reference());
            existing.reviews().size(); // loaded inside the transaction, for the view
            return new Filed(existing, false);
        });
    }

    /** Files may be sent by those who may file signals, and only for a named organisation. */
    public static void requireMayFile(Caller caller) {
        if (!caller.mayFileSignals()) {
            throw new AccessDenied("Only social workers and coordinators file signals.");
        }
        if (caller.organisation() == null || caller.organisation().isBlank()) {
            throw new AccessDenied(ProblemCode.ORGANISATION_MISSING, "Your account names no organisation; ask the hub administrator to set it.");
        }
    }
}
