package eu.cbss.impt.hub.cluster;

import eu.cbss.impt.hub.access.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;

/**
 * National coordinators' decisions on clusters, each answered with the cluster as it is after it.
 * Splits and separations take the engine's lock for their transaction, so that the engine and the
 * store change together and no signal is linked in between.
 */
@ApplicationScoped
public class ClusterDecisions {

    @Inject
    ClusterActs acts;

    @Inject
    ClusterReading reading;

    @Inject
    ClusterLinking linking;

    @Inject
    NearMissHandling nearMisses;

    public ClusterView decide(Caller caller, UUID id, Verification decision, String rationale) {
        acts.decide(caller, id, decision, rationale);
        return reading.view(caller, id);
    }

    public ClusterView confirm(Caller caller, UUID id, String rationale) {
        acts.confirm(caller, id, rationale);
        return reading.view(caller, id);
    }

    /** Splits; answers with the new cluster (the signals that left). */
    public ClusterView split(Caller caller, UUID id, List<UUID> signalIds, String rationale) {
        ClusterReading.requireNational(caller);
        UUID part = linking.locked(engine -> acts.split(engine, caller, id, signalIds, rationale));
        return reading.view(caller, part);
    }

    /** "Same child (incident)": the other cluster joins this one; answers with this one. */
    public ClusterView merge(Caller caller, UUID id, UUID otherId, String rationale) {
        ClusterReading.requireNational(caller);
        linking.locked(engine -> { acts.merge(engine, caller, id, otherId, rationale); return null; });
        return reading.view(caller, id);
    }

    /** Resolves a near miss by merging or separating its clusters; answers with the cluster of the newer report. */
    public ClusterView resolve(Caller caller, UUID nearMiss, NearMiss.Resolution how, String rationale) {
        ClusterReading.requireNational(caller);
        UUID cluster = linking.locked(engine -> nearMisses.resolve(engine, caller, nearMiss, how, rationale));
        return reading.view(caller, cluster);
    }

    public ClusterView separate(Caller caller, UUID id, UUID otherId, String rationale) {
        ClusterReading.requireNational(caller);
        linking.locked(engine -> { acts.separate(engine, caller, id, otherId, rationale); return null; });
        return reading.view(caller, id);
    }
}
