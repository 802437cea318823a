package eu.cbss.impt.hub.web.signal;

import java.util.Map;

import org.primefaces.model.SortMeta;

/** Turns the table's sort into the API's {@code field,asc|desc}; only fields the API knows, else the default. */
final class SignalSort {

    private SignalSort() {
    }

    static String of(Map<String, SortMeta> sortBy) {
        if (sortBy == null) {
            return SignalQuery.DEFAULT_SORT;
        }
        return sortBy.values().stream()
                .filter(meta -> meta.getOrder() != null && !meta.getOrder().isUnsorted())
                .sorted()
                .filter(meta -> SignalQuery.SORT_FIELDS.contains(fieldOf(meta)))
                .findFirst()
                .map(meta -> fieldOf(meta) + (meta.getOrder().isDescending() ? ",desc" : ",asc"))
                .orElse(SignalQuery.DEFAULT_SORT);
    }

    private static String fieldOf(SortMeta meta) {
        return meta.getField() != null ? meta.getField() : meta.getColumnKey();
    }
}
