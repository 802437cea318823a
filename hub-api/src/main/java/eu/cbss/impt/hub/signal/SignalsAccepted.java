package eu.cbss.impt.hub.signal;

import java.util.List;
import java.util.UUID;

/**
 * Signals became ACCEPTED in the transaction that fires this (a regional acceptance, or acceptance on
 * filing by the form or an import). Observed after the commit, to link them into clusters.
 */
public record SignalsAccepted(List<UUID> signals) {
    public SignalsAccepted {
        signals = List.copyOf(signals);
    }
}
