package eu.cbss.impt.hub.web.api;

import java.util.List;

import org.primefaces.model.LazyDataModel;

/**
 * A table's rows paged on the server, one API call per page: keeps the page shown, so that a row is
 * found again by its id (selection, row actions), and the total the API reported.
 */
public abstract class ApiPagedModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    private List<T> page = List.of();

    /** The row's id, its key in the table. */
    protected abstract String idOf(T row);

    /** Remembers the page loaded and the total behind it; returns the page. */
    protected List<T> shown(List<T> rows, long total) {
        setRowCount(rowCount(total));
        page = rows;
        return rows;
    }

    /** The API's total as a row count. */
    protected static int rowCount(long total) {
        return (int) Math.min(Integer.MAX_VALUE, total);
    }

    @Override
    public String getRowKey(T row) {
        return idOf(row);
    }

    @Override
    public T getRowData(String rowKey) {
        return page.stream().filter(row -> idOf(row).equals(rowKey)).findFirst().orElse(null);
    }
}
