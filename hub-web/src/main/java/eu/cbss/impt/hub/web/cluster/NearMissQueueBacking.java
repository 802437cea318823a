package eu.cbss.impt.hub.web.cluster;

import eu.cbss.impt.hub.web.api.ApiFailures;
import eu.cbss.impt.hub.web.api.ApiProblem;
import eu.cbss.impt.hub.web.api.FieldError;
import eu.cbss.impt.hub.web.i18n.UiText;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * The national coordinators' "possibly the same child" queue ({@code clusters/near-misses.xhtml}):
 * the open near misses, newest first; one chosen ({@code ?id=}) is shown side by side and resolved as
 * the same child (its clusters merged) or not the same, as its {@code allowedActions} allow. After a
 * resolution the coordinator lands on the cluster it made or kept.
 */
@Named
@ViewScoped
public class NearMissQueueBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The API's largest page: a queue longer than this is worked from its newest end. */
    static final int LOADED = 200;
    static final String FORM = "resolve";

    @Inject
    ClusterGateway clusters;

    @Inject
    ApiFailures failures;

    private String id;
    private List<NearMiss> nearMisses;
    private boolean failed;
    private String rationale;

    /** {@code f:viewAction}: loads the queue once, before the page is drawn. */
    public void load() {
        if (nearMisses != null) {
            return;
        }
        try {
            nearMisses = clusters.nearMisses(0, LOADED);
        } catch (ApiProblem problem) {
            nearMisses = List.of();
            failed = true;
            failures.show(problem);
        }
    }

    /** The chosen near miss, if it is still open. */
    public NearMiss getSelected() {
        return id == null || nearMisses == null ? null
                : nearMisses.stream().filter(n -> Objects.equals(n.id(), id)).findFirst().orElse(null);
    }

    public String sameChild() {
        return resolve("SAME_CHILD", "nearMisses.done.same-child");
    }

    public String notTheSame() {
        return resolve("NOT_THE_SAME", "nearMisses.done.not-the-same");
    }

    private String resolve(String resolution, String doneKey) {
        NearMiss selected = getSelected();
        if (selected == null) return null;
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            Cluster after = clusters.resolve(selected.id(), resolution, rationale);
            String text = UiText.text(doneKey, after.reference());
            faces.getExternalContext().getFlash().setKeepMessages(true);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
            return "/clusters/view?faces-redirect=true&id=" + after.id();
        } catch (ApiProblem problem) {
            if (problem.isInvalidInput()) {
                for (FieldError error : problem.errors()) {
                    String message = "rationale".equals(error.field()) ? UiText.text("cluster.rationale.required")
                            : UiText.find(problem.messageKey()).orElse(error.message());
                    faces.addMessage("rationale".equals(error.field()) ? FORM + ":rationale" : null,
                            new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
                }
                faces.validationFailed();
            } else if (problem.status() == 409 || problem.isNotFound()) {
                String text = UiText.find(problem.messageKey()).orElse(UiText.text("cluster.refused.conflict"));
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
                nearMisses = null;
                load();
            } else {
                failures.show(problem);
            }
            return null;
        }
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public List<NearMiss> getNearMisses() { return nearMisses; }
    public boolean isFailed() { return failed; }
    public String getRationale() { return rationale; }
    public void setRationale(String rationale) { this.rationale = rationale; }
}
