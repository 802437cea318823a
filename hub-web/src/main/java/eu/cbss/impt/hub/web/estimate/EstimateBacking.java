package eu.cbss.impt.hub.web.estimate;

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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The estimates page ({@code estimates/view.xhtml}): the form, and the API's answer for it, computed
 * once when the page opens (the defaults) and again on each request. The API's refusal of a field is
 * shown beside it.
 */
@Named
@ViewScoped
public class EstimateBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "estimateForm";
    /** The API's parameter names and the form's fields. */
    private static final Map<String, String> FIELDS = Map.of("from", "from", "to", "to", "region", "region",
            "lists", "lists", "verification", "verifications", "grades", "grades");

    @Inject
    EstimateGateway estimates;

    @Inject
    ApiFailures failures;

    private final EstimateForm form = EstimateForm.lastYear(LocalDate.now());
    private Estimate estimate;
    private boolean loaded;

    /** {@code f:viewAction}: the estimate for the defaults, once. */
    public void load() {
        if (!loaded) {
            loaded = true;
            compute();
        }
    }

    /** The form's button. */
    public void compute() {
        try {
            estimate = estimates.estimate(form);
        } catch (ApiProblem problem) {
            estimate = null;
            if (problem.isInvalidInput() && !problem.errors().isEmpty()) {
                showBesideFields(problem.errors());
            } else {
                failures.show(problem);
            }
        }
    }

    private static void showBesideFields(List<FieldError> errors) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, UiText.text("problem.invalid"), null));
        for (FieldError e : errors) {
            String field = FIELDS.getOrDefault(e.field(), null);
            faces.addMessage(field == null ? null : FORM + ":" + field,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, e.message(), e.message()));
        }
    }

    public EstimateForm getForm() {
        return form;
    }

    public Estimate getEstimate() {
        return estimate;
    }

    public IntervalPicture getPicture() {
        return estimate == null ? null : IntervalPicture.of(estimate);
    }

    public List<String> getVerificationCodes() {
        return EstimateForm.VERIFICATIONS;
    }

    public List<String> getGradeCodes() {
        return EstimateForm.GRADES;
    }

    /** Whether the list is named by the caller (types merged or renamed), not one organisation type named by its code. */
    public boolean merged(Estimate.NamedList list) {
        return ModelWords.merged(list);
    }

    /** A list's name in words: an organisation type's label when the list is one type named by its code. */
    public String listLabel(Estimate.NamedList list) {
        return ModelWords.listLabel(list, UiText.locale());
    }

    /** An interaction such as {@code NGO:POLICE} in words, with the lists' labels. */
    public String termLabel(String term) {
        return estimate == null ? term : new ModelWords(estimate, UiText.locale()).term(term);
    }

    /** A model chosen on the bootstrap's resamples, in words. */
    public String modelLabel(Estimate.ModelShare model) {
        return estimate == null ? model.model() : new ModelWords(estimate, UiText.locale()).model(model);
    }
}
