package eu.cbss.impt.hub.web.signal;

import java.io.Serializable;

import jakarta.annotation.PostConstruct;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.component.datatable.DataTable;

import eu.cbss.impt.hub.web.access.CurrentUser;
import eu.cbss.impt.hub.access.Role;
import eu.cbss.impt.hub.web.api.ApiFailures;
import eu.cbss.impt.hub.web.api.ApiProblem;

/**
 * The list of signals the user may see ({@code signals/list.xhtml}): a lazy table paged and sorted
 * by the API, filtered by the form above it. Which signals those are is the API's decision; the
 * title only says it in words.
 */
@Named
@ViewScoped
public class SignalListBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String TABLE = ":signalList:signals";

    @Inject
    SignalGateway signals;

    @Inject
    ApiFailures failures;

    @Inject
    CurrentUser user;

    private final SignalFilter filter = new SignalFilter();
    private SignalLazyModel model;
    private String titleKey;
    private boolean failed;

    @PostConstruct
    void init() {
        model = new SignalLazyModel(this::fetch, filter::toParameters);
        titleKey = titleKeyFor(user.getSignalScope().orElse(Role.SOCIAL_WORKER));
    }

    /** Whose signals the list shows, in words: the API decides which they are. */
    static String titleKeyFor(Role scope) {
        return "signals.title." + CurrentUser.scopeName(scope);
    }

    SignalPage fetch(SignalQuery query) {
        try {
            failed = false;
            return signals.search(query);
        } catch (ApiProblem problem) {
            failed = true;
            failures.show(problem);
            return SignalPage.EMPTY;
        }
    }

    /** The table reloads from its first page with the filters as they now are. */
    public void applyFilters() {
        firstPage();
    }

    public void clearFilters() {
        filter.clear();
        firstPage();
    }

    private static void firstPage() {
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE);
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }

    public SignalFilter getFilter() {
        return filter;
    }

    public SignalLazyModel getModel() {
        return model;
    }

    public String getTitleKey() {
        return titleKey;
    }

    /** The last load failed: the empty table means "could not load", not "nothing there". */
    public boolean isFailed() {
        return failed;
    }

    public boolean isFiltered() {
        return !filter.isEmpty();
    }
}
