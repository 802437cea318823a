package eu.cbss.impt.hub.estimate;

import eu.cbss.impt.hub.cluster.Verification;
import eu.cbss.impt.hub.signal.Grade;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Which child clusters an estimate counts and how it groups their sources.
 *
 * <p>The period is the signals' <em>occurrence</em> ({@code occurredFrom}..{@code occurredTo}, as the
 * signal list filters), not their filing date: a list "sees" a child when it reports the child's
 * situation in that period, and a backlog filed later, or a bulk import of last year's cases, must not
 * move children into another period. A signal is in the period if its own period overlaps it; a null
 * end is open.
 *
 * @param region        a NUTS code whose regions count (EE00 takes EE001 and EE008), or null for all
 * @param verifications the clusters' verification states counted; by default UNVERIFIED and VERIFIED
 * @param grades        the clusters' assessed grades counted; by default all
 */
public record EstimateQuery(LocalDate from, LocalDate to, String region, ListGrouping grouping,
        Set<Verification> verifications, Set<Grade> grades) {

    /** Dismissed clusters are not cases to act on: they count only when asked for. */
    public static final Set<Verification> DEFAULT_VERIFICATIONS = Collections.unmodifiableSet(
            EnumSet.of(Verification.UNVERIFIED, Verification.VERIFIED));
    public static final Set<Grade> DEFAULT_GRADES = Collections.unmodifiableSet(EnumSet.allOf(Grade.class));

    public EstimateQuery {
        Objects.requireNonNull(grouping, "grouping");
        verifications = verifications == null || verifications.isEmpty() ? DEFAULT_VERIFICATIONS
                : Collections.unmodifiableSet(EnumSet.copyOf(verifications));
        grades = grades == null || grades.isEmpty() ? DEFAULT_GRADES : Collections.unmodifiableSet(EnumSet.copyOf(grades));
    }

    /** Every child cluster, grouped by organisation type, dismissed ones left out. */
    public static EstimateQuery defaults() {
        return new EstimateQuery(null, null, null, ListGrouping.byOrganisationType(), null, null);
    }

    /** Whether a signal of this region and period is inside the query's. */
    boolean covers(SignalFacts s) {
        if (region != null && (s.region() == null || !s.region().startsWith(region))) return false;
        LocalDate end = s.occurredTo() != null ? s.occurredTo() : s.occurredFrom();
        if (from != null && end != null && end.isBefore(from)) return false;
        return to == null || s.occurredFrom() == null || !s.occurredFrom().isAfter(to);
    }
}
