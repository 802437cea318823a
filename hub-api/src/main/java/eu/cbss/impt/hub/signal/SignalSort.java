package eu.cbss.impt.hub.signal;

import eu.cbss.impt.hub.validation.InvalidInput;
import java.util.Map;

/** The order of the signal list, from a query parameter such as {@code submittedAt,desc}. */
public record SignalSort(String field, boolean descending) {

    /** API names to entity attributes; only these may be sorted on. */
    private static final Map<String, String> FIELDS = Map.of("submittedAt", "submittedAt", "reference", "reference",
            "grade", "grade", "region", "region", "occurredFrom", "occurredFrom", "childrenCount", "childrenCount",
            "reviewStatus", "reviewStatus");

    public static final SignalSort NEWEST_FIRST = new SignalSort("submittedAt", true);

    public static SignalSort parse(String value) {
        if (value == null || value.isBlank()) return NEWEST_FIRST;
        String[] parts = value.split(",", 2);
        String field = FIELDS.get(parts[0].strip());
        String direction = parts.length > 1 ? parts[1].strip().toLowerCase() : "asc";
        if (field == null || !(direction.equals("asc") || direction.equals("desc"))) {
            throw new InvalidInput("sort", "Sort by one of " + String.join(", ", FIELDS.keySet().stream().sorted().toList())
                    + ", optionally followed by ,asc or ,desc.");
        }
        return new SignalSort(field, direction.equals("desc"));
    }
}
