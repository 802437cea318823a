package eu.cbss.impt.hub.web.cluster;

import eu.cbss.impt.hub.web.api.ApiFailures;
import eu.cbss.impt.hub.web.api.ApiProblem;
import jakarta.annotation.PostConstruct;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.component.datatable.DataTable;

/**
 * The national coordinators' queue ({@code clusters/queue.xhtml}): clusters not yet verified or
 * dismissed, newest first, paged by the API; those with a proposal waiting for a second coordinator
 * are marked.
 */
@Named
@ViewScoped
public class ClusterQueueBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String TABLE = ":clusterQueue:clusters";
    private static final List<String> KINDS = List.of("CHILD", "INCIDENT");

    @Inject
    ClusterGateway clusters;

    @Inject
    ApiFailures failures;

    private ClusterLazyModel model;
    private boolean failed;
    private String kind;

    @PostConstruct
    void init() {
        model = new ClusterLazyModel(this::fetch);
    }

    ClusterPage fetch(int page, int size) {
        try {
            failed = false;
            return clusters.list(kind, "UNVERIFIED", page, size); // the queue: what awaits verification
        } catch (ApiProblem problem) {
            failed = true;
            failures.show(problem);
            return ClusterPage.EMPTY;
        }
    }

    public ClusterLazyModel getModel() {
        return model;
    }

    public boolean isFailed() {
        return failed;
    }

    /** CHILD, INCIDENT or null for both. */
    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind == null || kind.isBlank() ? null : kind;
    }

    public List<String> getKinds() {
        return KINDS;
    }

    /** Shows the first page of the clusters of the chosen kind. */
    public void applyFilters() {
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE);
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }

    /** The row's style: proposals waiting for a second coordinator stand out. */
    public String rowClass(Cluster cluster) {
        return cluster != null && cluster.isProposalPending() ? "proposal-pending" : null;
    }
}
