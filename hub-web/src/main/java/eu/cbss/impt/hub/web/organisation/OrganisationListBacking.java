package eu.cbss.impt.hub.web.organisation;

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
import java.util.Optional;

/**
 * The hub administrator's register of organisations ({@code organisations/list.xhtml}): the table,
 * a form to register one or change one, and deactivating or reactivating one. A field error from the
 * API goes beside its field; a 409 (id taken, or someone else's change) is told in the API's words.
 */
@Named
@ViewScoped
public class OrganisationListBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "organisationForm";

    @Inject
    OrganisationGateway organisations;

    @Inject
    ApiFailures failures;

    private List<Organisation> items = List.of();
    private boolean loaded;
    private boolean failed;
    /** What the form edits; null while it is closed. */
    private OrganisationDraft draft;
    private String outcome;

    /** {@code f:viewAction}: loads the register once, before the page is drawn. */
    public void load() {
        if (!loaded) {
            loaded = true;
            refresh();
        }
    }

    private void refresh() {
        try {
            items = organisations.all();
            failed = false;
        } catch (ApiProblem problem) {
            failed = true;
            failures.show(problem);
        }
    }

    public void startNew() {
        draft = OrganisationDraft.blank();
        outcome = null;
    }

    public void edit(Organisation organisation) {
        draft = OrganisationDraft.of(organisation);
        outcome = null;
    }

    public void cancel() {
        draft = null;
    }

    /** Registers the new organisation or sends the change; on success closes the form and says what was done. */
    public void save() {
        if (draft == null) {
            return;
        }
        boolean existing = draft.isExisting();
        try {
            Organisation saved = existing ? organisations.revise(draft.getId(), draft.toJson())
                    : organisations.register(draft.toJson());
            done(existing ? "organisations.done.changed" : "organisations.done.registered", saved);
            draft = null;
        } catch (ApiProblem problem) {
            refuse(FacesContext.getCurrentInstance(), problem);
        }
    }

    /** Deactivates or reactivates an organisation as it is shown in the table (a change of {@code active} only). */
    public void changeActive(Organisation organisation) {
        OrganisationDraft change = OrganisationDraft.of(organisation);
        change.setActive(!organisation.active());
        try {
            Organisation saved = organisations.revise(organisation.id(), change.toJson());
            done(saved.active() ? "organisations.done.activated" : "organisations.done.deactivated", saved);
        } catch (ApiProblem problem) {
            if (problem.status() == 409) {
                conflict(FacesContext.getCurrentInstance(), problem, null);
            } else {
                failures.show(problem);
            }
        }
    }

    private void done(String key, Organisation saved) {
        outcome = UiText.text(key, saved.name(), saved.id());
        refresh();
    }

    private void refuse(FacesContext faces, ApiProblem problem) {
        if (problem.isInvalidInput()) {
            String summary = UiText.text("organisations.notSaved");
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, summary,
                    problem.detail() == null ? summary : problem.detail()));
            for (FieldError error : problem.errors()) {
                String message = error.message() == null ? UiText.text("problem.invalid") : error.message();
                componentFor(error.field()).ifPresentOrElse(
                        id -> faces.addMessage(id, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                                UiText.text("organisation.field." + error.field()) + ": " + message, message)),
                        () -> faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                                error.field() == null ? message : error.field() + ": " + message, message)));
            }
            faces.validationFailed();
        } else if (problem.is("organisation-exists")) {
            // the id is taken: the message belongs beside the id
            String text = UiText.text(problem.messageKey());
            faces.addMessage(FORM + ":id", new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            faces.validationFailed();
        } else if (problem.status() == 409) {
            conflict(faces, problem, draft.getId());
        } else {
            failures.show(problem);
        }
    }

    /**
     * Someone else changed it: say so and show the register as it is now; with {@code reopen}, the form
     * shows that organisation's current values, on which the administrator makes their change again.
     */
    private void conflict(FacesContext faces, ApiProblem problem, String reopen) {
        String text = detailOr(problem, "organisations.conflict");
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        refresh();
        if (reopen != null) {
            draft = items.stream().filter(o -> o.id().equals(reopen)).findFirst().map(OrganisationDraft::of).orElse(null);
        }
    }

    private static String detailOr(ApiProblem problem, String key) {
        return problem.detail() == null || problem.detail().isBlank() ? UiText.text(key) : problem.detail();
    }

    /** The client id of the form field an API field error belongs beside, if the form has one. */
    static Optional<String> componentFor(String field) {
        return field != null && OrganisationDraft.FIELDS.contains(field) ? Optional.of(FORM + ":" + field) : Optional.empty();
    }

    public List<Organisation> getOrganisations() {
        return items;
    }

    /** The last load failed: the empty table means "could not load", not "none registered". */
    public boolean isFailed() {
        return failed;
    }

    public OrganisationDraft getDraft() {
        return draft;
    }

    public boolean isEditing() {
        return draft != null;
    }

    /** The form's heading: "New organisation", or "Change …" with the organisation's name. */
    public String getFormHeading() {
        if (draft == null) {
            return "";
        }
        return draft.isExisting() ? UiText.text("organisations.form.edit", draft.getName()) : UiText.text("organisations.form.new");
    }

    /** What was done last on this page, for the confirmation; null if nothing. */
    public String getOutcome() {
        return outcome;
    }

    /** An accessible name for a row's button, naming the organisation ("Deactivate Tallinn …"). */
    public String rowAction(String key, Organisation organisation) {
        return UiText.text(key, organisation.name());
    }
}
