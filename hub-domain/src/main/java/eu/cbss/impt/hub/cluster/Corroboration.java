package eu.cbss.impt.hub.cluster;

import eu.cbss.impt.hub.organisation.OrganisationType;
import eu.cbss.impt.hub.signal.Grade;
import eu.cbss.impt.hub.signal.SourceType;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * How well the signals of a cluster corroborate one another: its {@code assessedGrade} and its
 * independent sources. Pure; documented in docs/data-dictionary.md ("Clusters").
 * <ol>
 * <li>Any signal graded OFFICIAL, or from an OFFICIAL_RECORD source: OFFICIAL (an official source).</li>
 * <li>Else, signals from at least two different organisations, or any signal graded MAYBE: MAYBE.</li>
 * <li>Else ANECDOTAL.</li>
 * </ol>
 * Independent sources are the distinct organisations that filed the signals, and their distinct
 * types in the organisation register; their count is the number of distinct organisations.
 *
 * @param organisations distinct filing organisations, sorted
 * @param organisationTypes distinct types of those organisations that are in the register, sorted
 * @param officialSource whether some signal is OFFICIAL or from an official record
 */
public record Corroboration(Grade assessedGrade, List<String> organisations, List<OrganisationType> organisationTypes,
        boolean officialSource) {

    /** What the rule reads of one member signal. */
    public record Source(String organisation, OrganisationType organisationType, Grade grade, SourceType sourceType) {
        public Source {
            Objects.requireNonNull(organisation, "organisation");
            Objects.requireNonNull(grade, "grade");
            Objects.requireNonNull(sourceType, "sourceType");
        }

        boolean official() {
            return Corroboration.official(grade, sourceType);
        }
    }

    /** Which branch of the rule gave the grade, with its words for people. */
    public enum GradeReason {
        OFFICIAL_SOURCE("A signal is graded official or comes from an official record."),
        SEVERAL_ORGANISATIONS("At least two organisations reported it independently."),
        GRADED_MAYBE("A signal is graded maybe-information; one organisation reported it."),
        ANECDOTAL_ONLY("One organisation reported it, and only anecdotally.");

        private final String words;

        GradeReason(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }

        public String code() {
            return name().toLowerCase().replace('_', '-');
        }
    }

    /** An official source: graded OFFICIAL, or from an official record. One lets one coordinator verify alone. */
    public static boolean official(Grade grade, SourceType sourceType) {
        return grade == Grade.OFFICIAL || sourceType == SourceType.OFFICIAL_RECORD;
    }

    /** The branch of the rule that gave {@link #assessedGrade}. */
    public GradeReason reason() {
        if (officialSource) return GradeReason.OFFICIAL_SOURCE;
        if (organisations.size() >= 2) return GradeReason.SEVERAL_ORGANISATIONS;
        return assessedGrade == Grade.MAYBE ? GradeReason.GRADED_MAYBE : GradeReason.ANECDOTAL_ONLY;
    }

    public Corroboration {
        organisations = List.copyOf(organisations);
        organisationTypes = List.copyOf(organisationTypes);
    }

    /** The number of independent sources: distinct organisations. */
    public int count() {
        return organisations.size();
    }

    public static Corroboration of(Collection<Source> sources) {
        TreeSet<String> organisations = new TreeSet<>();
        TreeSet<OrganisationType> types = new TreeSet<>();
        boolean official = false;
        boolean maybe = false;
        for (Source s : sources) {
            organisations.add(s.organisation());
            if (s.organisationType() != null) types.add(s.organisationType());
            official |= s.official();
            maybe |= s.grade() == Grade.MAYBE;
        }
        Grade grade = official ? Grade.OFFICIAL
                : maybe || organisations.size() >= 2 ? Grade.MAYBE
                : Grade.ANECDOTAL;
        return new Corroboration(grade, List.copyOf(organisations), List.copyOf(types), official);
    }
}
