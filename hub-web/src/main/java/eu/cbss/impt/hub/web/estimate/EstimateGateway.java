package eu.cbss.impt.hub.web.estimate;

import eu.cbss.impt.hub.web.api.HubApi;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;

/** hub-api's {@code /v1/estimates} as the page uses it. Failures arrive as {@link eu.cbss.impt.hub.web.api.ApiProblem}. */
@RequestScoped
public class EstimateGateway {

    @Inject
    HubApi api;

    /** Null or blank parameters are left out: the API's defaults apply. */
    public Estimate estimate(EstimateForm form) {
        Map<String, String> query = new HashMap<>();
        query.put("from", form.getFrom() == null ? null : form.getFrom().toString());
        query.put("to", form.getTo() == null ? null : form.getTo().toString());
        query.put("region", form.getRegion());
        query.put("lists", form.getLists());
        query.put("verification", String.join(",", form.getVerifications()));
        query.put("grades", String.join(",", form.getGrades()));
        return Estimate.from(api.get("v1/estimates", query));
    }
}
