package eu.cbss.impt.hub.cluster;

import eu.cbss.impt.hub.platform.ApiFailures;
import eu.cbss.impt.hub.platform.ApiProblem;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The national coordinators' queue ({@code clusters/queue.xhtml}): clusters not yet verified or
 * dismissed, newest first, paged by the API; those with a proposal waiting for a second coordinator
 * are marked.
 */
@Named
@ViewScoped
public class ClusterQueueBacking implements Serializable {

    private static final long serialVersionUID = 1L;

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
            return clusters.list(kind, Cluster.UNVERIFIED, page, size);
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

    /** The row's style: proposals waiting for a second coordinator stand out. */
    public String rowClass(Cluster cluster) {
        return cluster != null && cluster.isProposalPending() ? "proposal-pending" : null;
    }
}
