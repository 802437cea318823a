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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A cluster's page ({@code clusters/view.xhtml?id=…}): what links its signals and how strongly, and
 * the national coordinator's acts on it. Refusals are shown in words: a missing rationale beside its
 * field, the proposer confirming or someone acting meanwhile (409) at the top, and the page reloaded.
 */
@Named
@ViewScoped
public class ClusterViewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String DECIDE_FORM = "decide";
    static final String CONFIRM_FORM = "confirm";
    static final String SPLIT_FORM = "split";
    static final String SEPARATE_FORM = "separate";
    static final String MERGE_FORM = "merge";

    @Inject
    ClusterGateway clusters;

    @Inject
    ApiFailures failures;

    private String id;
    private Cluster cluster;
    private boolean missing;
    private String outcome;
    private String newClusterId;

    private String decision;
    private String rationale;
    private String confirmRationale;
    private List<String> leaving = new ArrayList<>();
    private String splitRationale;
    private String otherCluster;
    private String separationRationale;
    private String mergeWith;
    private String mergeRationale;

    /** {@code f:viewAction}: loads the cluster once, before the page is drawn. */
    public void load() {
        if (cluster != null || missing) {
            return;
        }
        if (id == null || id.isBlank()) {
            missing = true;
            return;
        }
        try {
            cluster = clusters.find(id.trim());
        } catch (ApiProblem problem) {
            if (problem.isNotFound() || problem.isInvalidInput()) {
                missing = true;
            } else {
                failures.show(problem);
            }
        }
    }

    public ClusterActions getActions() {
        return cluster == null ? null : new ClusterActions(cluster);
    }

    /** The assessed grade's rule, for this cluster, in words. */
    public String getGradeExplanation() {
        if (cluster == null) {
            return "";
        }
        GradeExplanation e = GradeExplanation.of(cluster);
        return UiText.text(e.key(), e.arguments().toArray());
    }

    public String decisionChoice(ClusterActions.Choice choice) {
        return UiText.text(choice.labelKey());
    }

    /** {@code POST .../verification}. */
    public String decide() {
        if (cluster == null) return null;
        try {
            Cluster after = clusters.decide(cluster.id(), decision, rationale);
            outcome = after.isProposalPending() && !cluster.isProposalPending()
                    ? UiText.text("cluster.decide.done.PROPOSED")
                    : UiText.text("cluster.decide.done." + after.verification());
            cluster = after;
            decision = null;
            rationale = null;
        } catch (ApiProblem problem) {
            refuse(problem, DECIDE_FORM, "rationale", "cluster.decide.notDone");
        }
        return null;
    }

    /** {@code POST .../verification/confirmation}. */
    public String confirm() {
        if (cluster == null) return null;
        try {
            cluster = clusters.confirm(cluster.id(), confirmRationale);
            outcome = UiText.text("cluster.confirm.done");
            confirmRationale = null;
        } catch (ApiProblem problem) {
            refuse(problem, CONFIRM_FORM, "rationale", "cluster.confirm.notDone");
        }
        return null;
    }

    /** {@code POST .../split}; the page stays on this cluster and names the new one. */
    public String split() {
        if (cluster == null) return null;
        FacesContext faces = FacesContext.getCurrentInstance();
        if (leaving == null || leaving.isEmpty()) {
            String text = UiText.text("cluster.split.chooseSignals");
            faces.addMessage(SPLIT_FORM + ":leaving", new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            faces.validationFailed();
            return null;
        }
        try {
            Cluster part = clusters.split(cluster.id(), leaving, splitRationale);
            newClusterId = part.id();
            outcome = UiText.text("cluster.split.done", part.signalIds().size(), part.reference());
            cluster = clusters.find(cluster.id());
            leaving = new ArrayList<>();
            splitRationale = null;
        } catch (ApiProblem problem) {
            refuse(problem, SPLIT_FORM, "splitRationale", "cluster.split.notDone");
        }
        return null;
    }

    /** {@code POST .../separation}, the other cluster named by its id or short reference. */
    public String separate() {
        if (cluster == null) return null;
        try {
            Optional<String> other = other(otherCluster, SEPARATE_FORM + ":otherCluster");
            if (other.isEmpty()) return null;
            cluster = clusters.separate(cluster.id(), other.get(), separationRationale);
            outcome = UiText.text("cluster.separate.done", Cluster.reference(other.get()));
            otherCluster = null;
            separationRationale = null;
        } catch (ApiProblem problem) {
            refuse(problem, SEPARATE_FORM, "separationRationale", "cluster.separate.notDone");
        }
        return null;
    }

    /** {@code POST .../merge}: "same child", the other cluster named by its id or short reference, joins this one. */
    public String merge() {
        if (cluster == null) return null;
        try {
            Optional<String> other = other(mergeWith, MERGE_FORM + ":mergeWith");
            if (other.isEmpty()) return null;
            cluster = clusters.merge(cluster.id(), other.get(), mergeRationale);
            outcome = UiText.text("cluster.merge.done", Cluster.reference(other.get()));
            mergeWith = null;
            mergeRationale = null;
        } catch (ApiProblem problem) {
            refuse(problem, MERGE_FORM, "mergeRationale", "cluster.merge.notDone");
        }
        return null;
    }

    /** The other cluster's id from what the coordinator typed; empty, with a message beside the field, if none or itself. */
    private Optional<String> other(String typed, String field) {
        Optional<String> other = Optional.ofNullable(ClusterReferences.id(typed)).or(() -> clusters.idOf(typed, cluster.kind()));
        if (other.isEmpty() || other.get().equals(cluster.id())) {
            FacesContext faces = FacesContext.getCurrentInstance();
            String text = UiText.text(other.isEmpty() ? "cluster.separate.unknown" : "cluster.separate.itself");
            faces.addMessage(field, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            faces.validationFailed();
            return Optional.empty();
        }
        return other;
    }

    /**
     * A 400 beside its field (a missing rationale in the page's own words), a 409 at the top in words
     * (the proposer confirming in ours, anything else in the API's) and the cluster read again.
     */
    private void refuse(ApiProblem problem, String form, String rationaleField, String notDoneKey) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (problem.isInvalidInput()) {
            String summary = UiText.text(notDoneKey);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, summary));
            for (FieldError error : problem.errors()) {
                boolean aboutRationale = "rationale".equals(error.field());
                String text = aboutRationale ? UiText.text("cluster.rationale.required")
                        : !problem.is("invalid-input") ? UiText.find(problem.messageKey()).orElse(error.message())
                        : error.message() == null ? UiText.text("problem.invalid") : error.message();
                String field = switch (error.field() == null ? "" : error.field()) {
                    case "rationale" -> rationaleField;
                    case "decision" -> "decision";
                    case "signalIds" -> "leaving";
                    case "otherClusterId" -> MERGE_FORM.equals(form) ? "mergeWith" : "otherCluster";
                    default -> null;
                };
                faces.addMessage(field == null ? null : form + ":" + field, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            }
            faces.validationFailed();
        } else if (problem.status() == 409) {
            String text = UiText.find(problem.messageKey()).orElse(UiText.text("cluster.refused.conflict"));
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            reload();
        } else if (problem.isNotFound()) {
            failures.show(problem, "cluster.view.notFound");
        } else {
            failures.show(problem);
        }
    }

    private void reload() {
        try {
            cluster = clusters.find(cluster.id());
        } catch (ApiProblem ignored) {
            // the page keeps what it showed; the message says what happened
        }
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public Cluster getCluster() { return cluster; }
    public boolean isMissing() { return missing; }
    public String getOutcome() { return outcome; }
    public String getNewClusterId() { return newClusterId; }
    public String getDecision() { return decision; }
    public void setDecision(String decision) { this.decision = decision; }
    public String getRationale() { return rationale; }
    public void setRationale(String rationale) { this.rationale = rationale; }
    public String getConfirmRationale() { return confirmRationale; }
    public void setConfirmRationale(String confirmRationale) { this.confirmRationale = confirmRationale; }
    public List<String> getLeaving() { return leaving; }
    public void setLeaving(List<String> leaving) { this.leaving = leaving == null ? new ArrayList<>() : new ArrayList<>(leaving); }
    public String getSplitRationale() { return splitRationale; }
    public void setSplitRationale(String splitRationale) { this.splitRationale = splitRationale; }
    public String getOtherCluster() { return otherCluster; }
    public void setOtherCluster(String otherCluster) { this.otherCluster = otherCluster; }
    public String getSeparationRationale() { return separationRationale; }
    public void setSeparationRationale(String separationRationale) { this.separationRationale = separationRationale; }
    public String getMergeWith() { return mergeWith; }
    public void setMergeWith(String mergeWith) { this.mergeWith = mergeWith; }
    public String getMergeRationale() { return mergeRationale; }
    public void setMergeRationale(String mergeRationale) { this.mergeRationale = mergeRationale; }
}
