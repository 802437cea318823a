package eu.cbss.impt.hub.web.cluster;

import java.util.List;

/**
 * The assessed grade of a cluster in words: which branch of hub-api's corroboration rule gave it
 * (docs/data-dictionary.md, "Clusters"). Official data if a signal is graded official or comes from
 * an official record; else maybe-information if at least two organisations reported it or a signal
 * is graded maybe-information; else anecdotal.
 *
 * @param key the bundle key of the sentence
 * @param arguments its arguments: the official signals' references, or the number of organisations
 */
public record GradeExplanation(String key, List<Object> arguments) {

    public static GradeExplanation of(Cluster cluster) {
        String grade = cluster.assessedGrade();
        if ("OFFICIAL".equals(grade)) {
            List<String> official = cluster.signals().stream().filter(Cluster.MemberSignal::official)
                    .map(Cluster.MemberSignal::reference).toList();
            return new GradeExplanation("cluster.grade.because.OFFICIAL", List.of(String.join(", ", official)));
        }
        if ("MAYBE".equals(grade)) {
            if (cluster.sourceCount() >= 2) {
                return new GradeExplanation("cluster.grade.because.MAYBE.sources", List.of(cluster.sourceCount()));
            }
            return new GradeExplanation("cluster.grade.because.MAYBE.graded", List.of());
        }
        if ("ANECDOTAL".equals(grade)) {
            return new GradeExplanation("cluster.grade.because.ANECDOTAL", List.of());
        }
        return new GradeExplanation("cluster.grade.because.unknown", List.of());
    }
}
