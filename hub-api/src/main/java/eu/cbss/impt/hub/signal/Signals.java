package eu.cbss.impt.hub.signal;

import eu.cbss.impt.hub.access.SignalScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The repository of signals: finds them and pages through them within a caller's scope. */
@ApplicationScoped
public class Signals {

    @PersistenceContext(unitName = "hub")
    EntityManager em;

    public Optional<Signal> find(UUID id) {
        return Optional.ofNullable(em.find(Signal.class, id));
    }

    public Optional<Signal> findByExternalRef(String organisation, String externalRef) {
        return em.createQuery("select s from Signal s where s.organisation = :o and s.externalRef = :r", Signal.class)
                .setParameter("o", organisation).setParameter("r", externalRef)
                .getResultStream().findFirst();
    }

    public SignalReference nextReference(int year) {
        long number = ((Number) em.createNativeQuery("select nextval('signal_reference_seq')").getSingleResult()).longValue();
        return SignalReference.of(year, number);
    }

    /** References numbered in one round trip, for a bulk import. */
    public List<SignalReference> nextReferences(int year, int count) {
        if (count == 0) return List.of();
        @SuppressWarnings("unchecked")
        List<Object> numbers = em.createNativeQuery("select nextval('signal_reference_seq') from generate_series(1, ?1)")
                .setParameter(1, count).getResultList();
        return numbers.stream().map(n -> SignalReference.of(year, ((Number) n).longValue())).toList();
    }

    /** Which of these references the organisation has filed already. */
    public Set<String> externalRefsFiled(String organisation, Collection<String> externalRefs) {
        if (externalRefs.isEmpty()) return Set.of();
        return Set.copyOf(em.createQuery("select s.externalRef from Signal s where s.organisation = :o and s.externalRef in :r",
                String.class).setParameter("o", organisation).setParameter("r", externalRefs).getResultList());
    }

    /** Adds a signal to be written with the transaction's other changes, in batches. */
    public void persist(Signal signal) {
        em.persist(signal);
    }

    /** Writes pending changes now, so that a lost optimistic-locking race surfaces inside the use case. */
    public void flush() {
        em.flush();
    }

    /** The clusters each of these signals is in now (from the stored membership), by signal. */
    public Map<UUID, List<UUID>> clusterIds(Collection<UUID> signals) {
        Map<UUID, List<UUID>> by = new HashMap<>();
        if (signals.isEmpty()) return by;
        em.createQuery("select m.signal, m.cluster from ClusterMember m where m.signal in :s and m.leftAt is null "
                + "order by m.joinedAt, m.cluster", Object[].class).setParameter("s", signals).getResultList()
                .forEach(r -> {
                    List<UUID> list = by.computeIfAbsent((UUID) r[0], k -> new ArrayList<>());
                    if (!list.contains((UUID) r[1])) list.add((UUID) r[1]);
                });
        return by;
    }

    public record Page(List<Signal> items, long total) {
    }

    public Page page(SignalScope scope, SignalFilter filter, int page, int size, SignalSort sort) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        switch (scope.kind()) {
            case REGION -> { where.append(" and s.organisationRegion = :scope"); params.put("scope", scope.value()); }
            case ORGANISATION -> { where.append(" and s.organisation = :scope"); params.put("scope", scope.value()); }
            case NONE -> where.append(" and 1 = 0");
            case ALL -> { }
        }
        if (filter.region() != null) {
            // A region filter includes the regions inside it: EE00 matches EE001 and EE008.
            where.append(" and s.region like :region");
            params.put("region", filter.region() + "%");
        }
        if (filter.concern() != null) { where.append(" and exists (select c from SignalConcern c where c.signal = s and c.concern = :concern)"); params.put("concern", filter.concern()); }
        if (filter.grade() != null) { where.append(" and s.grade = :grade"); params.put("grade", filter.grade()); }
        if (filter.reviewStatus() != null) {
            where.append(" and s.reviewStatus = :status");
            params.put("status", filter.reviewStatus());
        } else if (scope.kind() == SignalScope.Kind.ALL) {
            // National coordination works on accepted signals; pending ones (submitted, returned) on request.
            where.append(" and s.reviewStatus in :statuses");
            params.put("statuses", filter.includePending()
                    ? List.of(ReviewStatus.ACCEPTED, ReviewStatus.SUBMITTED, ReviewStatus.RETURNED)
                    : List.of(ReviewStatus.ACCEPTED));
        } else {
            // Withdrawn signals are void: out of lists unless asked for by status.
            where.append(" and s.reviewStatus <> :withdrawn");
            params.put("withdrawn", ReviewStatus.WITHDRAWN);
        }
        if (filter.from() != null) {
            where.append(" and coalesce(s.occurredTo, s.occurredFrom) >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) { where.append(" and s.occurredFrom <= :to"); params.put("to", filter.to()); }

        TypedQuery<Long> count = em.createQuery("select count(s) from Signal s" + where, Long.class);
        TypedQuery<Signal> items = em.createQuery("select s from Signal s" + where + " order by s." + sort.field()
                + (sort.descending() ? " desc" : " asc") + ", s.reference desc", Signal.class);
        params.forEach((k, v) -> { count.setParameter(k, v); items.setParameter(k, v); });
        return new Page(items.setFirstResult(page * size).setMaxResults(size).getResultList(), count.getSingleResult());
    }
}
