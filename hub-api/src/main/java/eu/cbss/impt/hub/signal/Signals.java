package eu.cbss.impt.hub.signal;

import eu.cbss.impt.hub.access.SignalScope;
import eu.cbss.impt.hub.cluster.ClusterKind;
import eu.cbss.impt.hub.cluster.DistinctCount;
import eu.cbss.impt.hub.cluster.Verification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
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

    /** A page of signals, how many match, and how many distinct children and incidents they are about. */
    public record Page(List<Signal> items, long total, DistinctCount count) {
    }

    public Page page(SignalScope scope, SignalFilter filter, int page, int size, SignalSort sort) {
        return page(scope, filter, page, size, sort, true);
    }

    /** A page; the distinct children and incidents ({@code count}, null without {@code withCount}) cost a query over every match. */
    public Page page(SignalScope scope, SignalFilter filter, int page, int size, SignalSort sort, boolean withCount) {
        Where where = Where.of(scope, filter);
        TypedQuery<Long> count = where.bind(em.createQuery("select count(s) from Signal s" + where.jpql, Long.class));
        TypedQuery<Signal> items = where.bind(em.createQuery("select s from Signal s" + where.jpql + " order by s."
                + sort.field() + (sort.descending() ? " desc" : " asc") + ", s.reference desc", Signal.class));
        long total = count.getSingleResult();
        return new Page(items.setFirstResult(page * size).setMaxResults(size).getResultList(), total,
                withCount ? distinct(where, total, filter) : null);
    }

    /** Distinct live clusters among the matching signals, by kind and verification: what the hub counts. */
    private DistinctCount distinct(Where where, long total, SignalFilter filter) {
        Map<ClusterKind, Map<Verification, Long>> clusters = new EnumMap<>(ClusterKind.class);
        where.bind(em.createQuery("select c.kind, c.verification, count(distinct c.id) from ClusterMember m, Cluster c"
                + " where m.cluster = c.id and m.leftAt is null and c.mergedInto is null and m.signal in"
                + " (select s.id from Signal s" + where.jpql + ") group by c.kind, c.verification", Object[].class))
                .getResultList().forEach(r -> clusters.computeIfAbsent((ClusterKind) r[0], k -> new EnumMap<>(Verification.class))
                        .put((Verification) r[1], ((Number) r[2]).longValue()));
        long notLinked = where.bind(em.createQuery("select count(s) from Signal s" + where.jpql + " and not exists"
                + " (select m.id from ClusterMember m where m.signal = s.id and m.leftAt is null)", Long.class))
                .getSingleResult();
        return DistinctCount.of(total, clusters, notLinked,
                filter.grade() == null ? null : List.of(filter.grade()), where.statuses);
    }

    /** The conditions of a list, its parameters, and the review states it includes. */
    private record Where(String jpql, Map<String, Object> params, List<ReviewStatus> statuses) {

        static Where of(SignalScope scope, SignalFilter filter) {
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
            List<ReviewStatus> statuses;
            if (filter.reviewStatus() != null) {
                statuses = List.of(filter.reviewStatus());
            } else if (scope.kind() == SignalScope.Kind.ALL) {
                // National coordination works on accepted signals; pending ones (submitted, returned) on request.
                statuses = filter.includePending()
                        ? List.of(ReviewStatus.ACCEPTED, ReviewStatus.SUBMITTED, ReviewStatus.RETURNED)
                        : List.of(ReviewStatus.ACCEPTED);
            } else {
                // Withdrawn signals are void: out of lists unless asked for by status.
                statuses = Arrays.stream(ReviewStatus.values()).filter(r -> r != ReviewStatus.WITHDRAWN).toList();
            }
            where.append(" and s.reviewStatus in :statuses");
            params.put("statuses", statuses);
            if (filter.from() != null) {
                where.append(" and coalesce(s.occurredTo, s.occurredFrom) >= :from");
                params.put("from", filter.from());
            }
            if (filter.to() != null) { where.append(" and s.occurredFrom <= :to"); params.put("to", filter.to()); }
            return new Where(where.toString(), params, statuses);
        }

        <T> TypedQuery<T> bind(TypedQuery<T> query) {
            params.forEach(query::setParameter);
            return query;
        }
    }
}
