package eu.cbss.impt.hub.web.signal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** A request for one page of signals: the filters, a 0-based page, its size and a sort such as {@code submittedAt,desc}. */
public record SignalQuery(Map<String, String> filters, int page, int size, String sort) {

    /** The sort fields the API accepts. */
    public static final Set<String> SORT_FIELDS =
            Set.of("submittedAt", "reference", "grade", "region", "occurredFrom", "childrenCount", "reviewStatus");
    public static final String DEFAULT_SORT = "submittedAt,desc";

    public SignalQuery {
        filters = Map.copyOf(filters);
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more");
        }
        if (size < 1) {
            throw new IllegalArgumentException("size must be 1 or more");
        }
        sort = sort == null || sort.isBlank() ? DEFAULT_SORT : sort;
    }

    public static SignalQuery recent(int size) {
        return new SignalQuery(Map.of(), 0, size, DEFAULT_SORT);
    }

    /** The page that holds row {@code first} (0-based) when pages have {@code size} rows. */
    public static int pageOf(int first, int size) {
        return size <= 0 ? 0 : Math.max(0, first) / size;
    }

    public Map<String, String> toParameters() {
        Map<String, String> parameters = new LinkedHashMap<>(filters);
        parameters.put("page", Integer.toString(page));
        parameters.put("size", Integer.toString(size));
        parameters.put("sort", sort);
        return parameters;
    }
}
