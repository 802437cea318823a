package eu.cbss.impt.hub.web.signal;

import eu.cbss.impt.hub.web.api.ApiFailures;
import eu.cbss.impt.hub.web.api.ApiProblem;
import eu.cbss.impt.hub.web.api.FieldError;
import eu.cbss.impt.hub.web.i18n.UiText;
import eu.cbss.impt.hub.web.review.ReviewGateway;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * A signal's page ({@code signals/view.xhtml?id=…}); opening it is a recorded read of the narrative.
 * A regional coordinator decides on a submitted signal here; the filing organisation's social
 * worker answers the question of a returned one.
 */
@Named
@ViewScoped
public class SignalViewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SignalGateway signals;

    @Inject
    ApiFailures failures;

    @Inject
    ReviewGateway reviews;

    static final String REVIEW_FORM = "review";
    static final String ANSWER_FORM = "answer";
    /** The review acts, as {@code allowedActions} names them; each one's decision value is its upper case. */
    static final List<String> REVIEW_ACTIONS = List.of("accept", "return", "reject");

    private String decision;
    private String message;
    private String answerMessage;
    private String outcome;

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

    /** The API allows this user to decide on the signal (accept, return, reject). */
    public boolean isDecisionOpen() {
        return !getDecisions().isEmpty();
    }

    /** The API allows this user to answer the signal's question. */
    public boolean isAnswerOpen() {
        return signal != null && signal.allows("answer");
    }

    /** The decisions the API allows, as the values {@code POST /v1/reviews/{id}} takes. */
    public List<String> getDecisions() {
        return signal == null ? List.of() : REVIEW_ACTIONS.stream().filter(signal::allows)
                .map(a -> a.toUpperCase(java.util.Locale.ROOT)).toList();
    }

    public String decisionChoice(String code) {
        return UiText.text("signal.review.choice." + code);
    }

    public String decisionLabel(String code) {
        return code == null ? "" : UiText.find("signal.review.decision." + code).orElse(code);
    }

    public String roleLabel(String role) {
        return role == null ? "" : UiText.find("role." + role).orElse(role);
    }

    /** {@code POST /v1/reviews/{id}}; a 400 is shown beside its field, a 409 in the API's own words. */
    public String decide() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (signal == null) {
            return null;
        }
        try {
            signal = reviews.decide(signal.id(), decision, message);
            outcome = UiText.text("signal.review.done." + decision, signal.reference());
            decision = null;
            message = null;
        } catch (ApiProblem problem) {
            refuse(faces, problem, REVIEW_FORM, "signal.review.notDecided");
        }
        return null;
    }

    /** {@code POST /v1/signals/{id}/answer}: back in the queue as submitted. */
    public String answer() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (signal == null) {
            return null;
        }
        try {
            signal = reviews.answer(signal.id(), answerMessage);
            outcome = UiText.text("signal.answer.done", signal.reference());
            answerMessage = null;
        } catch (ApiProblem problem) {
            refuse(faces, problem, ANSWER_FORM, "signal.answer.notSent");
        }
        return null;
    }

    private void refuse(FacesContext faces, ApiProblem problem, String form, String notDoneKey) {
        if (problem.isInvalidInput()) {
            String summary = UiText.text(notDoneKey);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, summary,
                    problem.detail() == null ? summary : problem.detail()));
            for (FieldError error : problem.errors()) {
                String text = error.message() == null ? UiText.text("problem.invalid") : error.message();
                String field = "decision".equals(error.field()) ? "decision" : "message";
                faces.addMessage(form + ":" + field, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            }
            faces.validationFailed();
        } else if (problem.status() == 409) {
            String text = UiText.find(problem.messageKey()).orElse(UiText.text("signal.review.conflict"));
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            reload();
        } else {
            failures.show(problem);
        }
    }

    private void reload() {
        try {
            signal = signals.find(signal.id());
        } catch (ApiProblem ignored) {
            // the page keeps what it showed; the message above says what happened
        }
    }

    /** What the last review step did, for the confirmation; null if none was taken on this page. */
    public String getOutcome() {
        return outcome;
    }

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public String getAnswerMessage() {
        return answerMessage;
    }

    public void setAnswerMessage(String answerMessage) {
        this.answerMessage = answerMessage;
    }
}
