package eu.cbss.impt.hub.signal;

import eu.cbss.impt.hub.cluster.DistinctCount;
import java.util.List;

/**
 * One page of a signal list; {@code page} is 0-based and {@code total} counts the matching signals (the
 * rows of the list). {@code count} is what the hub counts: the distinct children and incidents those
 * signals are about, with its basis.
 */
public record SignalPage(List<SignalView> items, int page, int size, long total, DistinctCount count) {
}
