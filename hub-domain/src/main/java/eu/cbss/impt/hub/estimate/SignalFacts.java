package eu.cbss.impt.hub.estimate;

import eu.cbss.impt.hub.organisation.OrganisationType;
import java.time.LocalDate;

/**
 * What an estimate reads of one signal of a cluster.
 *
 * @param organisationType the filing organisation's type in the register; null if it is not registered
 * @param region           where the child is (the signal's region, not the organisation's)
 */
public record SignalFacts(OrganisationType organisationType, String region, LocalDate occurredFrom, LocalDate occurredTo) {
}
