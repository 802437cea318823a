package eu.cbss.impt.hub.web.signal;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * The identifiers typed for each child row, for one request only. The browser sends them with
 * every submit of the form; on a validation error they are shown again from here, within the same
 * request; after the request they are gone. Row {@code i} belongs to child row {@code i}.
 */
@Named("childIdentifiers")
@RequestScoped
public class ChildIdentifiers {

    private final List<Identifiers> rows = new ArrayList<>();

    /** Row {@code index}, created empty when first asked for (the page binds {@code row(status.index)}). */
    public Identifiers row(int index) {
        while (rows.size() <= index) {
            rows.add(new Identifiers());
        }
        return rows.get(index);
    }

    /** The identifiers of the first {@code count} rows, in order. */
    public List<Identifiers> firstRows(int count) {
        List<Identifiers> result = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            result.add(row(i));
        }
        return result;
    }

    /** Keeps the rows in step with the children when a child row is removed. */
    public void remove(int index) {
        if (index >= 0 && index < rows.size()) {
            rows.remove(index);
        }
    }

    @PreDestroy
    public void clear() {
        rows.forEach(Identifiers::clear);
        rows.clear();
    }
}
