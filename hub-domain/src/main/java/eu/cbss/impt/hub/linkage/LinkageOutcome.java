package eu.cbss.impt.hub.linkage;

import java.util.List;
import java.util.Map;

/**
 * What one call of {@link LinkageIndex#link} decided. The new records' clusters are at
 * {@link LinkageIndex#clusterOf}; a store of clusters also re-points the records of each absorbed
 * cluster to its survivor.
 *
 * @param links the accepted links, in the order they were made
 * @param refusals pairs that met the rule but were not linked
 * @param absorbed clusters that existed before the call and were merged into another (retired → survivor)
 * @param comparisons Bloom-filter comparisons made (candidate pairs from blocking)
 */
public record LinkageOutcome(List<Link> links, List<Refusal> refusals, Map<ClusterId, ClusterId> absorbed,
        long comparisons) {

    public LinkageOutcome {
        links = List.copyOf(links);
        refusals = List.copyOf(refusals);
        absorbed = Map.copyOf(absorbed);
    }
}
