package eu.cbss.impt.hub.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The repository of near misses. An open one is listed while its two records stand in two current
 * clusters: once linked since, merged or split into one, there is nothing left to decide.
 */
@ApplicationScoped
public class NearMisses {

    private static final String OPEN = "from NearMiss n, ClusterMember ma, ClusterMember mb "
            + "where n.resolution is null and ma.childRecord = n.record and ma.leftAt is null "
            + "and mb.childRecord = n.otherRecord and mb.leftAt is null and ma.cluster <> mb.cluster";

    /** An open near miss with the current clusters of its record and of the other record. */
    public record Open(NearMiss nearMiss, UUID cluster, UUID otherCluster) {
    }

    public record Page(List<Open> items, long total) {
    }

    @PersistenceContext(unitName = "hub")
    EntityManager em;

    /** Newest first. */
    public Page open(int page, int size) {
        List<Object[]> rows = em.createQuery("select n, ma.cluster, mb.cluster " + OPEN + " order by n.foundAt desc, n.id",
                Object[].class).setFirstResult(page * size).setMaxResults(size).getResultList();
        long total = em.createQuery("select count(n) " + OPEN, Long.class).getSingleResult();
        return new Page(rows.stream().map(r -> new Open((NearMiss) r[0], (UUID) r[1], (UUID) r[2])).toList(), total);
    }

    public Optional<NearMiss> find(UUID id) {
        return Optional.ofNullable(em.find(NearMiss.class, id));
    }

    /** Finds it and forces its version up at commit, so that two coordinators resolving at once meet there. */
    public NearMiss forUpdate(UUID id) {
        NearMiss n = find(id).orElseThrow(NearMissNotFound::new);
        em.lock(n, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return n;
    }

    /** The current cluster of a child record, if it is in one. */
    public Optional<UUID> clusterOf(UUID record) {
        return em.createQuery("select m.cluster from ClusterMember m where m.childRecord = :r and m.leftAt is null", UUID.class)
                .setParameter("r", record).getResultStream().findFirst();
    }
}
