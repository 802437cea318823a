package eu.cbss.impt.hub.linkage;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What linking one signal without child records decided.
 *
 * @param cluster the incident cluster the signal is in now
 * @param sameIncident earlier signals that met the {@link IncidentRule} and are now in its cluster
 * @param separated earlier signals that met the rule but whose clusters a coordinator separated from it
 * @param absorbed clusters merged into another by this signal (retired → survivor)
 */
public record IncidentLinkage(ClusterId cluster, List<UUID> sameIncident, List<UUID> separated,
        Map<ClusterId, ClusterId> absorbed) {

    public IncidentLinkage {
        sameIncident = List.copyOf(sameIncident);
        separated = List.copyOf(separated);
        absorbed = Map.copyOf(absorbed);
    }
}
