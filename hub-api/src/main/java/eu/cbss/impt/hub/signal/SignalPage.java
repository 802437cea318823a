package eu.cbss.impt.hub.signal;

import java.util.List;

/** One page of the signal list; {@code page} is 0-based and {@code total} counts all matching signals. */
public record SignalPage(List<SignalView> items, int page, int size, long total) {
}
