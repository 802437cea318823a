package eu.cbss.impt.hub.narrative;

import eu.cbss.impt.hub.access.Caller;
import eu.cbss.impt.hub.audit.AuditAction;
import eu.cbss.impt.hub.audit.AuditTrail;
import eu.cbss.impt.hub.signal.Signal;
import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/** Re-wraps data keys under the current master key, one batch per transaction (the ciphertexts stay as they are). */
@ApplicationScoped
public class NarrativeRewrapping {

    @PersistenceContext(unitName = "hub")
    EntityManager em;

    @Inject
    AuditTrail auditTrail;

    @Transactional
    public void audit(Caller caller, AuditAction action, String keyId, String detail) {
        auditTrail.record(caller, action, "narrative-keys", keyId, detail);
    }

    /** Re-wraps up to {@code size} narratives not under the current key; how many it did. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int batch(NarrativeCipher cipher, int size) {
        List<Signal> stale = em.createQuery("select s from Signal s where s.narrativeKeyId is not null "
                + "and s.narrativeKeyId <> :current order by s.id", Signal.class)
                .setParameter("current", cipher.keys().currentId())
                .setMaxResults(size).getResultList();
        int n = 0;
        for (Signal s : stale) {
            if (s.rewrapNarrative(cipher)) {
                n++;
            }
        }
        return n;
    }

    /** How many narratives each master key wraps. */
    @Transactional
    public List<Object[]> countsByKey() {
        return em.createQuery("select s.narrativeKeyId, count(s) from Signal s where s.narrativeKeyId is not null "
                + "group by s.narrativeKeyId", Object[].class).getResultList();
    }
}
