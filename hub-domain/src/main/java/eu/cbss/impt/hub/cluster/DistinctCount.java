package eu.cbss.impt.hub.cluster;

import eu.cbss.impt.hub.signal.Grade;
import eu.cbss.impt.hub.signal.ReviewStatus;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * How many children and incidents a set of signals is about: distinct child clusters and incident
 * clusters, never reports, with what the figure includes ({@link Basis}). Two signals about one child
 * count one child; a signal about two children counts two. Linkage takes only accepted signals, so the
 * others are counted apart as {@code notLinked}; dismissed clusters are left out of the figure and
 * counted apart too.
 *
 * @param signals the signals the figure is drawn from (the reports, for reference)
 * @param children distinct child clusters among them, unverified or verified
 * @param incidents distinct incident clusters among them (signals without child records)
 * @param notLinked signals in no cluster: not accepted (yet), or accepted moments ago
 * @param dismissed distinct clusters among them that a national coordinator dismissed
 */
public record DistinctCount(long signals, long children, long incidents, long notLinked, long dismissed, Basis basis) {

    /** The verification states a count includes. */
    public static final List<Verification> COUNTED = List.of(Verification.UNVERIFIED, Verification.VERIFIED);

    /**
     * What a figure includes.
     *
     * @param unit always {@code DISTINCT_CLUSTERS}
     * @param signalGrades the grades of the signals drawn from
     * @param reviewStatuses the review states of the signals drawn from
     * @param verification the verification states of the clusters counted
     * @param statement the same in one English sentence
     */
    public record Basis(String unit, List<Grade> signalGrades, List<ReviewStatus> reviewStatuses,
            List<Verification> verification, String statement) {
    }

    /**
     * A count from live clusters by kind and verification, among signals of these grades and review
     * states (null or empty: all grades).
     */
    public static DistinctCount of(long signals, Map<ClusterKind, Map<Verification, Long>> clusters, long notLinked,
            List<Grade> grades, List<ReviewStatus> reviewStatuses) {
        List<Grade> gradesIn = grades == null || grades.isEmpty() ? Arrays.asList(Grade.values()) : List.copyOf(grades);
        long children = counted(clusters.get(ClusterKind.CHILD));
        long incidents = counted(clusters.get(ClusterKind.INCIDENT));
        long dismissed = clusters.values().stream().mapToLong(m -> m.getOrDefault(Verification.DISMISSED, 0L)).sum();
        String statement = "Distinct child clusters and incident clusters (not reports) among " + signals
                + " signal(s) graded " + names(gradesIn) + " with review status " + names(reviewStatuses)
                + "; clusters " + names(COUNTED) + " are counted, " + dismissed + " DISMISSED cluster(s) are not; "
                + notLinked + " signal(s) are in no cluster yet, since linkage takes accepted signals only.";
        return new DistinctCount(signals, children, incidents, notLinked, dismissed,
                new Basis("DISTINCT_CLUSTERS", gradesIn, List.copyOf(reviewStatuses), COUNTED, statement));
    }

    private static long counted(Map<Verification, Long> byVerification) {
        if (byVerification == null) return 0;
        return COUNTED.stream().mapToLong(v -> byVerification.getOrDefault(v, 0L)).sum();
    }

    private static String names(List<? extends Enum<?>> values) {
        return String.join(", ", values.stream().map(Enum::name).toList());
    }
}
