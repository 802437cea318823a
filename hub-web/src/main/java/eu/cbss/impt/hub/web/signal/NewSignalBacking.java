package eu.cbss.impt.hub.web.signal;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import eu.cbss.impt.hub.web.api.ApiFailures;
import eu.cbss.impt.hub.web.api.ApiProblem;
import eu.cbss.impt.hub.web.api.FieldError;
import eu.cbss.impt.hub.web.i18n.UiText;

/**
 * The "New signal" form ({@code signals/new.xhtml}). Posts to the API; on a 400 puts each error
 * beside its field and keeps what was typed; on success goes to the signal's page. Identifiers are
 * held only by the request-scoped {@link ChildIdentifiers}, never by this view-scoped bean.
 */
@Named
@ViewScoped
public class NewSignalBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "signalForm";

    @Inject
    SignalGateway signals;

    @Inject
    ChildIdentifiers identifiers;

    @Inject
    ApiFailures failures;

    private final SignalDraft draft = new SignalDraft();

    /** Ticked by the author after a warning about identifying details. */
    private boolean narrativeChecked;
    private boolean narrativeWarned;
    /** The narrative the author confirmed (as a hash): a changed narrative is screened again. */
    private Integer confirmedNarrative;

    public boolean isNarrativeChecked() {
        return narrativeChecked;
    }

    public void setNarrativeChecked(boolean narrativeChecked) {
        this.narrativeChecked = narrativeChecked;
    }

    public boolean isNarrativeWarned() {
        return narrativeWarned;
    }

    public SignalDraft getDraft() {
        return draft;
    }

    public void addChild() {
        draft.addChild();
    }

    public void removeChild(int index) {
        draft.removeChild(index);
        identifiers.remove(index);
    }

    /** {@code preRenderView}: see {@link IdentifierState}. */
    public void forgetIdentifierState() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback()) {
            IdentifierState.forget(faces, FORM + ":children");
        }
    }

    public String submit() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (warnAboutIdentifyingDetails(faces)) {
            return null;
        }
        try {
            SignalGateway.Filed filed = signals.file(SignalRequestJson.of(draft, identifiers.firstRows(draft.getChildren().size())));
            identifiers.clear();
            goTo(faces.getExternalContext(), filed);
            return null;
        } catch (ApiProblem problem) {
            if (problem.isInvalidInput()) {
                showFieldErrors(faces, problem);
            } else {
                failures.show(problem);
            }
            return null;
        }
    }

    /**
     * Before filing, warns once per submission when the narrative seems to hold identifying details;
     * the author removes them or ticks that they checked it, and files again.
     */
    private boolean warnAboutIdentifyingDetails(FacesContext faces) {
        NarrativeScreening.Findings findings = NarrativeScreening.screen(draft.getNarrative(),
                identifiers.firstRows(draft.getChildren().size()));
        int current = java.util.Objects.hashCode(draft.getNarrative());
        if (narrativeChecked) {
            confirmedNarrative = current;
        }
        if (findings.isEmpty() || Integer.valueOf(current).equals(confirmedNarrative)) {
            narrativeWarned = false;
            return false;
        }
        narrativeChecked = false;
        String what = findings.kinds().stream()
                .map(k -> k == NarrativeScreening.Kind.PERSONAL_ID
                        ? UiText.text("narrative.finding.PERSONAL_ID", String.join(", ", findings.idCountries()))
                        : UiText.text("narrative.finding." + k.name()))
                .collect(java.util.stream.Collectors.joining("; "));
        String warning = UiText.text("signal.new.narrative.warning", what);
        faces.addMessage(FORM + ":narrative", new FacesMessage(FacesMessage.SEVERITY_WARN, warning, warning));
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, warning, warning));
        narrativeWarned = true;
        faces.validationFailed();
        return true;
    }

    private void showFieldErrors(FacesContext faces, ApiProblem problem) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, UiText.text("signal.new.notFiled"),
                problem.detail() == null ? UiText.text("signal.new.notFiled") : problem.detail()));
        for (FieldError error : problem.errors()) {
            String message = error.message() == null ? UiText.text("problem.invalid") : error.message();
            FieldPaths.toComponentId(error.field()).ifPresentOrElse(
                    id -> faces.addMessage(FORM + ":" + id, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                            UiText.text("signal.field." + lastPart(id)) + ": " + message, message)),
                    () -> faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                            error.field() == null ? message : error.field() + ": " + message, message)));
        }
        faces.validationFailed();
    }

    private static String lastPart(String componentId) {
        String last = componentId.substring(componentId.lastIndexOf(':') + 1);
        return last.equals(FieldPaths.CHILD_ROW) ? "child" : last;
    }

    private static void goTo(ExternalContext external, SignalGateway.Filed filed) {
        try {
            external.redirect(external.getRequestContextPath() + "/signals/view.xhtml?id="
                    + URLEncoder.encode(filed.signal().id(), StandardCharsets.UTF_8)
                    + "&filed=" + (filed.existing() ? "existing" : "new"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
