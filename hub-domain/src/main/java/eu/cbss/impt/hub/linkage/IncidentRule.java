package eu.cbss.impt.hub.linkage;

import eu.cbss.impt.hub.reference.NutsRegion;
import eu.cbss.impt.hub.reference.NutsRegions;
import java.util.Collections;
import java.util.Optional;

/**
 * When two signals without child records are taken for the same incident: they share a concern,
 * their regions are the same or neighbouring, and their periods overlap give or take
 * {@value #TOLERANCE_DAYS} days. Regions neighbour when one is the parent of the other (EE00 and
 * EE001) or both lie in one NUTS-2 region (EE001 and EE008 in EE00; LT021 and LT022 in LT02, but not
 * LT011 in LT01). NUTS has no adjacency, so "neighbouring" means "in the same NUTS-2 region", about
 * the area one regional network covers; country-level codes (EE) only match their own code and their
 * NUTS-1 child.
 */
public final class IncidentRule {

    /** Dates of an incident reported by different organisations are often approximate: two weeks either way. */
    public static final int TOLERANCE_DAYS = 14;

    private IncidentRule() {
    }

    public static boolean sameIncident(IncidentSignal a, IncidentSignal b) {
        return !Collections.disjoint(a.concerns(), b.concerns())
                && periodsOverlap(a, b)
                && neighbouring(a.region().value(), b.region().value());
    }

    static boolean periodsOverlap(IncidentSignal a, IncidentSignal b) {
        return !a.occurredFrom().isAfter(b.until().plusDays(TOLERANCE_DAYS))
                && !b.occurredFrom().isAfter(a.until().plusDays(TOLERANCE_DAYS));
    }

    static boolean neighbouring(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        NutsRegions nuts = NutsRegions.cbss();
        Optional<NutsRegion> ra = nuts.find(a);
        Optional<NutsRegion> rb = nuts.find(b);
        if (ra.isEmpty() || rb.isEmpty()) {
            return false;
        }
        if (a.equals(rb.get().parent()) || b.equals(ra.get().parent())) {
            return true;
        }
        Optional<String> na = nuts2(ra.get());
        return na.isPresent() && na.equals(nuts2(rb.get()));
    }

    /** The NUTS-2 region a region of level 2 or 3 lies in. */
    private static Optional<String> nuts2(NutsRegion region) {
        return switch (region.level()) {
            case 2 -> Optional.of(region.code());
            case 3 -> Optional.of(region.parent());
            default -> Optional.empty();
        };
    }
}
