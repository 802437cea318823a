package eu.cbss.impt.hub.signal;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import eu.cbss.impt.hub.platform.ApiFailures;
import eu.cbss.impt.hub.platform.ApiProblem;
import eu.cbss.impt.hub.platform.UiText;

/** A signal's page ({@code signals/view.xhtml?id=…}); opening it is a recorded read of the narrative. */
@Named
@ViewScoped
public class SignalViewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SignalGateway signals;

    @Inject
    ApiFailures failures;

    private String id;
    private String filed;
    private Signal signal;
    private boolean missing;

    /** {@code f:viewAction}: loads the signal once, before the page is drawn. */
    public void load() {
        if (signal != null || missing) {
            return;
        }
        if (id == null || id.isBlank()) {
            missing = true;
            return;
        }
        try {
            signal = signals.find(id.trim());
        } catch (ApiProblem problem) {
            if (problem.isNotFound() || problem.isInvalidInput()) {
                missing = true;
            } else {
                failures.show(problem);
            }
        }
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getFiled() {
        return filed;
    }

    public void setFiled(String filed) {
        this.filed = filed;
    }

    public boolean isJustFiled() {
        return signal != null && "new".equals(filed);
    }

    public boolean isAlreadyFiled() {
        return signal != null && "existing".equals(filed);
    }

    /** The confirmation after filing, naming the signal's reference. */
    public String getConfirmation() {
        if (signal == null) {
            return "";
        }
        return UiText.text(isAlreadyFiled() ? "signal.view.existing" : "signal.view.filed", signal.reference());
    }

    public Signal getSignal() {
        return signal;
    }

    /** The API answered 404: it does not exist, or the user may not see it (the API does not say which). */
    public boolean isMissing() {
        return missing;
    }
}
