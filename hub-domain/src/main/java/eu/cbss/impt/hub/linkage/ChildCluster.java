package eu.cbss.impt.hub.linkage;

import java.util.List;
import java.util.UUID;

/** The child records the engine takes for one child, in the order they were linked. */
public record ChildCluster(ClusterId id, List<UUID> records) {

    public ChildCluster {
        records = List.copyOf(records);
    }
}
