package eu.cbss.impt.hub.estimate;

import eu.cbss.impt.hub.access.AccessDenied;
import eu.cbss.impt.hub.access.Caller;
import eu.cbss.impt.hub.access.Role;
import eu.cbss.impt.hub.audit.AuditAction;
import eu.cbss.impt.hub.audit.AuditTrail;
import eu.cbss.impt.hub.cluster.ClusterKind;
import eu.cbss.impt.hub.cluster.Clusters;
import eu.cbss.impt.hub.cluster.Verification;
import eu.cbss.impt.hub.organisation.OrganisationType;
import eu.cbss.impt.hub.signal.Grade;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Computes an estimate from the clusters as they are now, for national coordinators; each one is audited. */
@ApplicationScoped
public class EstimateReading {

    @PersistenceContext(unitName = "hub")
    EntityManager em;

    @Inject
    Clusters clusters;

    @Inject
    AuditTrail audit;

    /** {@code resamples}: of the bootstrap of the model choice, 0 for none (see {@link ClusterEstimate#of(EstimateQuery, java.util.Collection, int)}). */
    @Transactional
    public ClusterEstimate estimate(Caller caller, EstimateQuery query, int resamples) {
        if (!caller.has(Role.NATIONAL_COORDINATOR)) {
            throw new AccessDenied("Only national coordinators see estimates.");
        }
        ClusterEstimate result = ClusterEstimate.of(query, currentClusters(), resamples);
        audit.record(caller, AuditAction.ESTIMATE_COMPUTED, "estimate", null, EstimateView.describe(query)
                + " bootstrap=" + resamples + " childClusters=" + result.overlap().childClusters()
                + " estimate=" + (result.estimable() ? Math.round(result.estimate().estimate()) : "none"));
        return result;
    }

    /**
     * Every current cluster (not merged away) with its current signals. The cluster's id only groups the
     * rows here; it never leaves this method.
     */
    private List<ClusterFacts> currentClusters() {
        List<Object[]> rows = em.createQuery("select c.id, c.kind, c.verification, c.assessedGrade, s.organisation, "
                + "s.region, s.occurredFrom, s.occurredTo from Cluster c, ClusterMember m, Signal s "
                + "where m.cluster = c.id and m.leftAt is null and s.id = m.signal and c.mergedInto is null", Object[].class)
                .getResultList();
        Set<String> organisations = new HashSet<>();
        rows.forEach(r -> organisations.add((String) r[4]));
        Map<String, OrganisationType> types = clusters.organisationTypes(organisations);
        Map<UUID, Object[]> heads = new LinkedHashMap<>();
        Map<UUID, List<SignalFacts>> signals = new LinkedHashMap<>();
        for (Object[] r : rows) {
            UUID id = (UUID) r[0];
            heads.putIfAbsent(id, r);
            signals.computeIfAbsent(id, k -> new ArrayList<>())
                    .add(new SignalFacts(types.get((String) r[4]), (String) r[5], (LocalDate) r[6], (LocalDate) r[7]));
        }
        List<ClusterFacts> facts = new ArrayList<>();
        heads.forEach((id, r) -> facts.add(new ClusterFacts((ClusterKind) r[1], (Verification) r[2], (Grade) r[3], signals.get(id))));
        return facts;
    }
}
