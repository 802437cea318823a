package eu.cbss.impt.hub.linkage;

import java.util.List;
import java.util.UUID;

/** Signals without child records taken for one incident, in the order they joined. */
public record IncidentCluster(ClusterId id, List<UUID> signals) {

    public IncidentCluster {
        signals = List.copyOf(signals);
    }
}
