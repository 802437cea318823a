package eu.cbss.impt.hub.linkage;

import eu.cbss.impt.hub.reference.RegionCode;
import eu.cbss.impt.hub.signal.Concern;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What incident linkage knows of a signal without child records: its concerns, region and period.
 *
 * @param occurredTo end of the period, or null for a single day
 */
public record IncidentSignal(UUID signal, Set<Concern> concerns, RegionCode region, LocalDate occurredFrom,
        LocalDate occurredTo) {

    public IncidentSignal {
        Objects.requireNonNull(signal, "signal");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(occurredFrom, "occurredFrom");
        if (concerns == null || concerns.isEmpty()) {
            throw new IllegalArgumentException("An incident has at least one concern.");
        }
        if (occurredTo != null && occurredTo.isBefore(occurredFrom)) {
            throw new IllegalArgumentException("The period ends on or after it starts.");
        }
        concerns = Set.copyOf(EnumSet.copyOf(concerns));
    }

    /** The last day of the period. */
    public LocalDate until() {
        return occurredTo == null ? occurredFrom : occurredTo;
    }
}
