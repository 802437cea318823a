package eu.cbss.impt.hub.cluster;

import eu.cbss.impt.hub.linkage.IncidentSignal;
import eu.cbss.impt.hub.linkage.LinkageRecord;
import eu.cbss.impt.hub.organisation.Organisation;
import eu.cbss.impt.hub.organisation.OrganisationType;
import eu.cbss.impt.hub.pseudonymisation.LinkageTokens;
import eu.cbss.impt.hub.reference.RegionCode;
import eu.cbss.impt.hub.signal.Concern;
import eu.cbss.impt.hub.signal.Grade;
import eu.cbss.impt.hub.signal.Signal;
import eu.cbss.impt.hub.signal.SourceType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The repository of clusters, their members, links and separations; reads what the engine is rebuilt from. */
@ApplicationScoped
public class Clusters {

    @PersistenceContext(unitName = "hub")
    EntityManager em;

    public Optional<Cluster> find(UUID id) {
        return Optional.ofNullable(em.find(Cluster.class, id));
    }

    /** Finds a cluster and forces its version up at commit, so that two coordinators acting at once meet there. */
    public Cluster forUpdate(UUID id) {
        Cluster c = find(id).orElseThrow(ClusterNotFound::new);
        em.lock(c, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return c;
    }

    public void add(Cluster cluster) {
        em.persist(cluster);
    }

    public void add(Object row) {
        em.persist(row);
    }

    public void flush() {
        em.flush();
    }

    /**
     * From now until the transaction ends, nothing is written before {@link #flush} or the commit: a
     * read does not flush first, so it does not see what was added since the last flush.
     */
    public void writeOnlyWhenFlushed() {
        em.setFlushMode(FlushModeType.COMMIT);
    }

    /** Numbers for {@code count} linking steps, in one round trip. */
    public List<Long> nextSeqs(int count) {
        @SuppressWarnings("unchecked")
        List<Object> numbers = em.createNativeQuery("select nextval('cluster_seq') from generate_series(1, ?1)")
                .setParameter(1, count).getResultList();
        return numbers.stream().map(n -> ((Number) n).longValue()).toList();
    }

    /** Which of these signals a cluster holds or once held. */
    public Set<UUID> everLinked(Collection<UUID> signals) {
        if (signals.isEmpty()) return Set.of();
        return Set.copyOf(em.createQuery("select distinct m.signal from ClusterMember m where m.signal in :s", UUID.class)
                .setParameter("s", signals).getResultList());
    }

    /** Signals to link, in the order they were filed, with their children and concerns read in two more queries. */
    public List<Signal> signalsToLink(Collection<UUID> ids) {
        if (ids.isEmpty()) return List.of();
        return em.createQuery("select s from Signal s where s.id in :ids order by s.submittedAt", Signal.class)
                .setParameter("ids", ids)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "s.children")
                .setHint("eclipselink.batch", "s.concerns")
                .getResultList();
    }

    /** The corroboration of each of these clusters' current members, in two queries. */
    public Map<UUID, Corroboration> corroborations(Collection<UUID> clusters) {
        if (clusters.isEmpty()) return Map.of();
        List<Object[]> rows = em.createQuery("select distinct m.cluster, s.id, s.organisation, s.grade, s.sourceType "
                + "from ClusterMember m, Signal s where m.signal = s.id and m.cluster in :c and m.leftAt is null", Object[].class)
                .setParameter("c", clusters).getResultList();
        Map<String, OrganisationType> types = organisationTypes(rows.stream().map(r -> (String) r[2]).distinct().toList());
        Map<UUID, List<Corroboration.Source>> sources = new HashMap<>();
        for (Object[] r : rows) {
            sources.computeIfAbsent((UUID) r[0], k -> new ArrayList<>()).add(new Corroboration.Source((String) r[2],
                    types.get((String) r[2]), (Grade) r[3], (SourceType) r[4]));
        }
        Map<UUID, Corroboration> result = new HashMap<>();
        sources.forEach((cluster, list) -> result.put(cluster, Corroboration.of(list)));
        return result;
    }

    public long nextSeq() {
        return ((Number) em.createNativeQuery("select nextval('cluster_seq')").getSingleResult()).longValue();
    }

    /** The current members of a cluster, in the order they were linked. */
    public List<ClusterMember> members(UUID cluster) {
        return em.createQuery("select m from ClusterMember m where m.cluster = :c and m.leftAt is null order by m.seq, m.joinedAt",
                ClusterMember.class).setParameter("c", cluster).getResultList();
    }

    /** The current memberships of a signal. */
    public List<ClusterMember> membershipsOf(UUID signal) {
        return em.createQuery("select m from ClusterMember m where m.signal = :s and m.leftAt is null", ClusterMember.class)
                .setParameter("s", signal).getResultList();
    }

    public List<Signal> signals(Collection<UUID> ids) {
        if (ids.isEmpty()) return List.of();
        return em.createQuery("select s from Signal s where s.id in :ids order by s.submittedAt", Signal.class)
                .setParameter("ids", ids).getResultList();
    }

    /** The register's type of each of these organisations (those not registered are left out). */
    public Map<String, OrganisationType> organisationTypes(Collection<String> ids) {
        Map<String, OrganisationType> types = new HashMap<>();
        if (ids.isEmpty()) return types;
        em.createQuery("select o from Organisation o where o.id in :ids", Organisation.class).setParameter("ids", ids)
                .getResultList().forEach(o -> types.put(o.id(), o.type()));
        return types;
    }

    /** The corroboration of these signals. */
    public Corroboration corroboration(Collection<Signal> signals) {
        Map<String, OrganisationType> types = organisationTypes(signals.stream().map(Signal::organisation).distinct().toList());
        return Corroboration.of(signals.stream().map(s -> new Corroboration.Source(s.organisation(),
                types.get(s.organisation()), s.grade(), s.sourceType())).toList());
    }

    /** The corroboration of a cluster's current members. */
    public Corroboration corroboration(UUID cluster) {
        return corroboration(signals(members(cluster).stream().map(ClusterMember::signal).distinct().toList()));
    }

    /** Links whose both ends are among these engine records. */
    public List<ClusterLink> linksAmong(Collection<UUID> signals, Set<UUID> records) {
        if (signals.isEmpty()) return List.of();
        return em.createQuery("select l from ClusterLink l where l.signal in :s and l.linkedToSignal in :s order by l.linkedAt",
                ClusterLink.class).setParameter("s", signals).getResultList().stream()
                .filter(l -> records.contains(l.record()) && records.contains(l.linkedTo())).toList();
    }

    /** A page of current clusters (not merged, with at least one current member). */
    public record Page(List<Cluster> items, long total) {
    }

    public Page page(ClusterKind kind, Verification verification, Grade grade, int page, int size) {
        StringBuilder where = new StringBuilder(" where c.mergedInto is null"
                + " and exists (select m from ClusterMember m where m.cluster = c.id and m.leftAt is null)");
        Map<String, Object> params = new HashMap<>();
        if (kind != null) { where.append(" and c.kind = :kind"); params.put("kind", kind); }
        if (verification != null) { where.append(" and c.verification = :verification"); params.put("verification", verification); }
        if (grade != null) { where.append(" and c.assessedGrade = :grade"); params.put("grade", grade); }
        TypedQuery<Long> count = em.createQuery("select count(c) from Cluster c" + where, Long.class);
        TypedQuery<Cluster> items = em.createQuery("select c from Cluster c" + where + " order by c.createdAt desc, c.id",
                Cluster.class);
        params.forEach((k, v) -> { count.setParameter(k, v); items.setParameter(k, v); });
        return new Page(items.setFirstResult(page * size).setMaxResults(size).getResultList(), count.getSingleResult());
    }

    /** The current members of these clusters, by cluster. */
    public Map<UUID, List<ClusterMember>> members(Collection<UUID> clusters) {
        Map<UUID, List<ClusterMember>> by = new LinkedHashMap<>();
        if (clusters.isEmpty()) return by;
        em.createQuery("select m from ClusterMember m where m.cluster in :c and m.leftAt is null order by m.seq", ClusterMember.class)
                .setParameter("c", clusters).getResultList()
                .forEach(m -> by.computeIfAbsent(m.cluster(), k -> new ArrayList<>()).add(m));
        return by;
    }

    // ---- What the engine is rebuilt from ----------------------------------------------------------------

    /** Every signal linked so far, in the order it was first linked, with its child records or incident facts. */
    public List<ClusterEngine.Step> linkedHistory() {
        Map<UUID, Long> seqOf = new HashMap<>();
        Map<UUID, List<LinkageRecord>> records = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select distinct m.seq, cr.id, cr.signal_id, cr.name_dob_token, "
                + "cr.id_number_token, cr.name_dob_bloom, cr.ordinal from cluster_member m join child_record cr "
                + "on cr.id = m.child_record_id order by m.seq, cr.ordinal").getResultList();
        for (Object[] r : rows) {
            UUID signal = uuid(r[2]);
            seqOf.put(signal, ((Number) r[0]).longValue());
            records.computeIfAbsent(signal, k -> new ArrayList<>()).add(LinkageRecord.of(uuid(r[1]), signal,
                    new LinkageTokens((String) r[3], (String) r[4], (String) r[5])));
        }
        List<ClusterEngine.Step> steps = new ArrayList<>();
        records.forEach((signal, list) -> steps.add(new ClusterEngine.Linked(seqOf.get(signal), signal, list, null)));

        Map<UUID, Set<Concern>> concerns = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> concernRows = em.createNativeQuery("select sc.signal_id, sc.concern from signal_concern sc where exists "
                + "(select 1 from cluster_member m where m.signal_id = sc.signal_id and m.child_record_id is null)").getResultList();
        for (Object[] r : concernRows) {
            concerns.computeIfAbsent(uuid(r[0]), k -> EnumSet.noneOf(Concern.class)).add(Concern.valueOf((String) r[1]));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> incidents = em.createNativeQuery("select distinct m.seq, s.id, s.region, s.occurred_from, s.occurred_to "
                + "from cluster_member m join signal s on s.id = m.signal_id where m.child_record_id is null").getResultList();
        for (Object[] r : incidents) {
            UUID signal = uuid(r[1]);
            steps.add(new ClusterEngine.Linked(((Number) r[0]).longValue(), signal, List.of(), new IncidentSignal(signal,
                    concerns.get(signal), new RegionCode((String) r[2]), date(r[3]), r[4] == null ? null : date(r[4]))));
        }
        for (ClusterRepair s : em.createQuery("select s from ClusterRepair s", ClusterRepair.class).getResultList()) {
            ClusterKind kind = find(s.cluster()).orElseThrow().kind();
            List<UUID> recs = s.records();
            steps.add(switch (s.kind()) {
                case SPLIT -> new ClusterEngine.Split(s.seq(), kind, recs);
                case NOT_THE_SAME -> new ClusterEngine.Separated(s.seq(), kind, recs.get(0), recs.get(1));
                case SAME -> new ClusterEngine.Merged(s.seq(), kind, recs.get(0), recs.get(1));
            });
        }
        return steps;
    }

    /** Each engine record's current stored cluster, or its last one if its signal was withdrawn. */
    public Map<UUID, UUID> lastClusters() {
        Map<UUID, UUID> last = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select coalesce(m.child_record_id, m.signal_id), m.cluster_id "
                + "from cluster_member m where m.left_at is null or m.left_reason = 'WITHDRAWN'").getResultList();
        rows.forEach(r -> last.put(uuid(r[0]), uuid(r[1])));
        return last;
    }

    /** Accepted signals that no cluster has ever held, in the order they were accepted. */
    public List<UUID> acceptedButNeverLinked() {
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery("select s.id from signal s where s.review_status = 'ACCEPTED' and not exists "
                + "(select 1 from cluster_member m where m.signal_id = s.id) order by (select max(r.decided_at) from "
                + "signal_review r where r.signal_id = s.id and r.decision = 'ACCEPT'), s.submitted_at, s.id").getResultList();
        return ids.stream().map(Clusters::uuid).toList();
    }

    private static UUID uuid(Object o) {
        return o instanceof UUID u ? u : UUID.fromString(o.toString());
    }

    private static java.time.LocalDate date(Object o) {
        return o instanceof Date d ? d.toLocalDate() : o instanceof java.time.LocalDate l ? l : java.time.LocalDate.parse(o.toString());
    }
}
