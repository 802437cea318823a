package eu.cbss.impt.hub.linkage;

import java.util.UUID;

/**
 * One accepted link: the evidence that put two child records into one cluster. The links of a
 * cluster form a spanning tree of it; a coordinator reviewing the cluster sees why it holds together.
 *
 * @param similarity Dice of the two Bloom filters, or 1 for an exact token
 */
public record Link(UUID record, UUID linkedTo, double similarity, LinkBasis basis) {
}
