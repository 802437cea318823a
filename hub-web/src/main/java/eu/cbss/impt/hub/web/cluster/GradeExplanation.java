package eu.cbss.impt.hub.web.cluster;

import java.util.List;

/**
 * The assessed grade of a cluster in the UI's language: the bundle sentence for the API's
 * {@code gradeReason} code (which branch of the corroboration rule gave it), with the official
 * signals' references or the number of organisations as the sentence needs them.
 *
 * @param key the bundle key of the sentence
 * @param arguments its arguments
 */
public record GradeExplanation(String key, List<Object> arguments) {

    public static GradeExplanation of(Cluster cluster) {
        String code = cluster.gradeReason().code();
        if (code == null) {
            return new GradeExplanation("cluster.grade.because.unknown", List.of());
        }
        List<String> official = cluster.signals().stream().filter(Cluster.MemberSignal::official)
                .map(Cluster.MemberSignal::reference).toList();
        return new GradeExplanation("cluster.grade.because." + code,
                List.of(String.join(", ", official), cluster.sourceCount()));
    }
}
