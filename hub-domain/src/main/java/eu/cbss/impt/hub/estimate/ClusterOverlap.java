package eu.cbss.impt.hub.estimate;

import eu.cbss.impt.hub.cluster.ClusterKind;
import eu.cbss.impt.hub.mse.OverlapTable;
import eu.cbss.impt.hub.organisation.OrganisationType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The overlap table of child clusters across lists, and what it left out. Each CHILD cluster counts
 * once, whatever the number of its signals: on list L if one of its signals inside the period and
 * region comes from an organisation whose type is grouped into L. A cluster counts if its
 * verification and assessed grade are among the query's and one such signal puts it on a list.
 * Lists no counted child is on are left out, with a note; fewer than 3 lists left (or more than 10)
 * means no table, and {@link #unavailable()} says why.
 */
public final class ClusterOverlap {

    /** Why the clusters not counted were left out, each counted under the first reason that applies, in this order. */
    public record LeftOut(long incidentClusters, long verification, long grade, long outsidePeriodOrRegion, long outsideLists) {
    }

    /** A list the table is over: its name, its organisation types and the children on it. */
    public record ListCount(String name, Set<OrganisationType> organisationTypes, long children) {
        public ListCount {
            organisationTypes = Set.copyOf(organisationTypes);
        }
    }

    private final EstimateQuery query;
    private final List<ListCount> lists;
    private final long[] counts;
    private final long childClusters;
    private final LeftOut leftOut;
    private final List<String> notes;
    private final String unavailable;

    private ClusterOverlap(EstimateQuery query, List<ListCount> lists, long[] counts, long childClusters, LeftOut leftOut,
            List<String> notes, String unavailable) {
        this.query = query;
        this.lists = List.copyOf(lists);
        this.counts = counts;
        this.childClusters = childClusters;
        this.leftOut = leftOut;
        this.notes = List.copyOf(notes);
        this.unavailable = unavailable;
    }

    public static ClusterOverlap of(EstimateQuery query, Collection<ClusterFacts> clusters) {
        long incident = 0, verification = 0, grade = 0, outside = 0, noList = 0;
        Map<Set<String>, Long> byLists = new HashMap<>();
        for (ClusterFacts c : clusters) {
            if (c.kind() != ClusterKind.CHILD) { incident++; continue; }
            if (!query.verifications().contains(c.verification())) { verification++; continue; }
            if (!query.grades().contains(c.assessedGrade())) { grade++; continue; }
            List<SignalFacts> inside = c.signals().stream().filter(query::covers).toList();
            if (inside.isEmpty()) { outside++; continue; }
            Set<String> on = new HashSet<>();
            inside.forEach(s -> query.grouping().listOf(s.organisationType()).ifPresent(on::add));
            if (on.isEmpty()) { noList++; continue; }
            byLists.merge(Set.copyOf(on), 1L, Long::sum);
        }
        LeftOut leftOut = new LeftOut(incident, verification, grade, outside, noList);
        long counted = byLists.values().stream().mapToLong(Long::longValue).sum();

        List<ListCount> withData = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (ListGrouping.NamedList l : query.grouping().lists()) {
            long on = byLists.entrySet().stream().filter(e -> e.getKey().contains(l.name())).mapToLong(Map.Entry::getValue).sum();
            if (on > 0) {
                withData.add(new ListCount(l.name(), l.types(), on));
            } else if (!query.grouping().isByOrganisationType()) {
                notes.add("The list " + l.name() + " has no child in this period and region; it is left out.");
            }
        }
        String unavailable = null;
        long[] counts = new long[1 << Math.min(withData.size(), OverlapTable.MAX_LISTS)];
        if (withData.size() < OverlapTable.MIN_LISTS) {
            unavailable = tooFewLists(counted, withData);
        } else if (withData.size() > OverlapTable.MAX_LISTS) {
            unavailable = "Children in this period and region are on " + withData.size() + " lists; the estimate handles at most "
                    + OverlapTable.MAX_LISTS + ". Group organisation types into fewer lists.";
        } else {
            List<String> names = withData.stream().map(ListCount::name).toList();
            byLists.forEach((on, n) -> {
                int pattern = 0;
                for (String list : on) pattern |= 1 << names.indexOf(list);
                counts[pattern] += n;
            });
        }
        return new ClusterOverlap(query, withData, counts, counted, leftOut, notes, unavailable);
    }

    private static String tooFewLists(long counted, List<ListCount> withData) {
        String advice = " Widen the period or the region, include more verification states or grades, or group the sources "
                + "into lists differently.";
        if (counted == 0) {
            return "No child cluster matches this period, region, verification and grades, so there is nothing to estimate from."
                    + advice;
        }
        String named = String.join(", ", withData.stream().map(ListCount::name).toList());
        return "The children counted are on only " + withData.size() + (withData.size() == 1 ? " list (" : " lists (") + named
                + "). Multiple systems estimation needs at least " + OverlapTable.MIN_LISTS + " lists that each know some "
                + "children: how they overlap is what shows how many children no list has seen. There is no estimate." + advice;
    }

    public EstimateQuery query() {
        return query;
    }

    /** The lists with at least one counted child, in the grouping's order: the table's lists. */
    public List<ListCount> lists() {
        return lists;
    }

    /** Child clusters counted: each once, on at least one list. */
    public long childClusters() {
        return childClusters;
    }

    public LeftOut leftOut() {
        return leftOut;
    }

    /** What changed the grouping (lists left out for want of children), in plain words. */
    public List<String> notes() {
        return notes;
    }

    /** Why there is no table, in plain words; null when there is one. */
    public String unavailable() {
        return unavailable;
    }

    /** The table for the engine, when 3 to 10 lists have children. */
    public Optional<OverlapTable> table() {
        if (unavailable != null) return Optional.empty();
        OverlapTable.Builder table = OverlapTable.over(lists.stream().map(ListCount::name).toList());
        for (int p = 1; p < counts.length; p++) {
            if (counts[p] > 0) table.add(p, counts[p]);
        }
        return Optional.of(table.build());
    }

    /** Children seen on exactly the lists of {@code pattern} (bit i: the i-th list); 0 without a table. */
    public long count(int pattern) {
        return pattern > 0 && pattern < counts.length ? counts[pattern] : 0;
    }
}
