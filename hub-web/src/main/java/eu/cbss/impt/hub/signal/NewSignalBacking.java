package eu.cbss.impt.hub.signal;

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

import eu.cbss.impt.hub.platform.ApiFailures;
import eu.cbss.impt.hub.platform.ApiProblem;
import eu.cbss.impt.hub.platform.FieldError;
import eu.cbss.impt.hub.platform.UiText;

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
