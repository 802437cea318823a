package eu.cbss.impt.hub.web.signal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;

import eu.cbss.impt.hub.web.api.ApiPagedModel;

/**
 * The signal table's rows, paged and sorted on the server: each page is one API call. Filters come
 * from the list's own filter form (not from column filters), through {@code filters}.
 */
public class SignalLazyModel extends ApiPagedModel<Signal> {

    private static final long serialVersionUID = 1L;

    private final SignalSource source;
    private final SerializableFilters filters;
    private SignalCount count = SignalCount.NONE;

    /** The current filter parameters; serializable because the model lives in a view-scoped bean. */
    @FunctionalInterface
    public interface SerializableFilters extends Supplier<Map<String, String>>, java.io.Serializable {
    }

    public SignalLazyModel(SignalSource source, SerializableFilters filters) {
        this.source = source;
        this.filters = filters;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        // Only the number of rows: the distinct children come with the page that load() asks for next.
        Map<String, String> rowsOnly = new HashMap<>(filters.get());
        rowsOnly.put("count", "false");
        return rowCount(source.fetch(new SignalQuery(rowsOnly, 0, 1, null)).total());
    }

    @Override
    public List<Signal> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        int size = pageSize > 0 ? pageSize : 20;
        SignalPage result = source.fetch(new SignalQuery(filters.get(), SignalQuery.pageOf(first, size), size, SignalSort.of(sortBy)));
        count = result.count();
        return shown(result.items(), result.total());
    }

    /** The distinct children and incidents behind all the rows, as of the last load. */
    public SignalCount getDistinctCount() {
        return count;
    }

    @Override
    protected String idOf(Signal signal) {
        return signal.id();
    }
}
