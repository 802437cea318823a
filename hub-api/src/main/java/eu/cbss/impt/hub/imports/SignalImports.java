package eu.cbss.impt.hub.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The repository of imports and their row errors. */
@ApplicationScoped
public class SignalImports {

    @PersistenceContext(unitName = "hub")
    EntityManager em;

    public void add(SignalImport i) {
        em.persist(i);
    }

    public Optional<SignalImport> find(UUID id) {
        return Optional.ofNullable(em.find(SignalImport.class, id));
    }

    public void addError(ImportErrorRecord error) {
        em.persist(error);
    }

    /** Row errors in the order they were found, from {@code first}. */
    public List<RowError> errors(UUID importId, int first, int max) {
        return em.createQuery("select e from ImportErrorRecord e where e.importId = :i order by e.ordinal", ImportErrorRecord.class)
                .setParameter("i", importId).setFirstResult(first).setMaxResults(max)
                .getResultStream().map(ImportErrorRecord::error).toList();
    }

    /** The organisation's latest imports, newest first. */
    public List<SignalImport> latest(String organisation, int max) {
        return em.createQuery("select i from SignalImport i where i.organisation = :o order by i.receivedAt desc", SignalImport.class)
                .setParameter("o", organisation).setMaxResults(max).getResultList();
    }

    /** Imports a stopped hub left unfinished. */
    public List<SignalImport> unfinished() {
        return em.createQuery("select i from SignalImport i where i.status in :s", SignalImport.class)
                .setParameter("s", List.of(ImportStatus.QUEUED, ImportStatus.RUNNING)).getResultList();
    }
}
