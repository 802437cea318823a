package eu.cbss.impt.hub.web.signal;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps a field path from the API's validation errors ({@code grade}, {@code children[0].age},
 * {@code children[1].identifiers.givenName}, {@code concerns[2]}, or as a JSON pointer {@code /children/0/age}) to the id of the form component
 * beside which the message belongs, relative to the form ({@code grade}, {@code children:0:age}).
 * Prefixes such as a Bean Validation method path ({@code file.arg0.grade}) are skipped.
 * A path that names no field of the form maps to nothing: its message is shown at the top.
 */
public final class FieldPaths {

    static final Set<String> SIGNAL_FIELDS = Set.of("externalRef", "grade", "sourceType", "informationType",
            "concerns", "childSituation", "region", "occurredFrom", "occurredTo", "childrenCount", "children", "narrative");
    static final Set<String> CHILD_FIELDS = Set.of("sex", "age", "ageBand", "citizenship", "countryOfBirth",
            "recruitmentCountry", "legalStatus", "retrafficked", "givenName", "familyName", "dateOfBirth");
    /** The component in each child row that carries messages about the row as a whole. */
    static final String CHILD_ROW = "child";

    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)(?:\\[(\\d+)])?");

    private FieldPaths() {
    }

    public static Optional<String> toComponentId(String path) {
        if (path == null || path.isBlank()) {
            return Optional.empty();
        }
        String[] segments = path.trim().replace('/', '.').split("\\.");
        for (int i = 0; i < segments.length; i++) {
            Matcher segment = SEGMENT.matcher(segments[i]);
            if (segment.matches() && SIGNAL_FIELDS.contains(segment.group(1))) {
                return map(segment.group(1), segment.group(2), segments, i + 1);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> map(String field, String index, String[] segments, int next) {
        if (!field.equals("children")) {
            return Optional.of(field);
        }
        int from = next;
        if (index == null && from < segments.length && segments[from].matches("\\d+")) {
            index = segments[from];
            from++;
        }
        if (index == null) {
            return Optional.of("children");
        }
        for (int i = from; i < segments.length; i++) {
            Matcher segment = SEGMENT.matcher(segments[i]);
            if (segment.matches() && CHILD_FIELDS.contains(segment.group(1))) {
                return Optional.of("children:" + index + ":" + segment.group(1));
            }
        }
        return Optional.of("children:" + index + ":" + CHILD_ROW);
    }
}
