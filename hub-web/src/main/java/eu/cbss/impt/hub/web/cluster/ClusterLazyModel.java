package eu.cbss.impt.hub.web.cluster;

import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;

import eu.cbss.impt.hub.web.api.ApiPagedModel;

/** The queue's rows, paged on the server (newest first, as the API sorts them): each page is one API call. */
public class ClusterLazyModel extends ApiPagedModel<Cluster> {

    private static final long serialVersionUID = 1L;

    /** Fetches a page (0-based) of the given size; serializable because the model lives in a view-scoped bean. */
    @FunctionalInterface
    public interface Source extends java.io.Serializable {
        ClusterPage fetch(int page, int size);
    }

    private final Source source;

    public ClusterLazyModel(Source source) {
        this.source = source;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return rowCount(source.fetch(0, 1).total());
    }

    @Override
    public List<Cluster> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        int size = pageSize > 0 ? pageSize : 20;
        ClusterPage result = source.fetch(first / size, size);
        return shown(result.items(), result.total());
    }

    @Override
    protected String idOf(Cluster cluster) {
        return cluster.id();
    }
}
