package eu.cbss.impt.hub.signal;

import java.util.UUID;

/** A signal was withdrawn in the transaction that fires this; observed after the commit, so that it leaves its clusters. */
public record SignalWithdrawn(UUID signal, String reference) {
}
