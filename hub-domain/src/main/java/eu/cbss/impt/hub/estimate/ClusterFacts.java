package eu.cbss.impt.hub.estimate;

import eu.cbss.impt.hub.cluster.ClusterKind;
import eu.cbss.impt.hub.cluster.Verification;
import eu.cbss.impt.hub.signal.Grade;
import java.util.List;

/**
 * What an estimate reads of one current cluster: no identifier of the cluster, its signals or its
 * children, only what decides whether and on which lists it counts.
 *
 * @param signals its current (not withdrawn, not split away) signals
 */
public record ClusterFacts(ClusterKind kind, Verification verification, Grade assessedGrade, List<SignalFacts> signals) {

    public ClusterFacts {
        signals = List.copyOf(signals);
    }
}
