package eu.cbss.impt.hub.audit;

import eu.cbss.impt.hub.access.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import jakarta.inject.Inject;

/** Writes audit entries inside the caller's transaction, so an act and its record commit or fail together. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AuditTrail {

    @PersistenceContext(unitName = "hub")
    EntityManager em;

    @Inject
    Clock clock;

    private static final int MAX_DETAIL = 1000;

    public void record(Caller caller, AuditAction action, String targetType, String targetId, String detail) {
        String fitted = detail != null && detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL - 1) + "…" : detail;
        em.persist(new AuditEntry(clock.instant(), caller.username(), caller.primaryRole().claim(),
                caller.organisation(), action, targetType, targetId, fitted));
    }
}
