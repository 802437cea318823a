package eu.cbss.impt.hub.estimate;

import eu.cbss.impt.hub.access.Caller;
import eu.cbss.impt.hub.access.Role;
import eu.cbss.impt.hub.cluster.Verification;
import eu.cbss.impt.hub.mse.ModelSelectionBootstrap;
import eu.cbss.impt.hub.problem.Problem;
import eu.cbss.impt.hub.reference.RegionCode;
import eu.cbss.impt.hub.signal.Grade;
import eu.cbss.impt.hub.validation.FieldError;
import eu.cbss.impt.hub.validation.InvalidInput;
import eu.cbss.impt.hub.validation.JsonFields;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/estimates}: a multiple systems estimate of the children in a period and region, for
 * national coordinators only (others 403). Thin: reads the parameters, hub-domain does the rest.
 */
@Path("estimates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.NATIONAL_COORDINATOR_CLAIM)
@Tag(name = "estimates", description = "Multiple systems estimates of the children at risk, seen or not (national coordinators)")
public class EstimatesResource {

    @Inject
    Caller caller;

    @Inject
    EstimateReading reading;

    @GET
    @Operation(operationId = "getEstimate", summary = "A multiple systems estimate of the children in a period and region",
            description = "Builds the overlap table of current child clusters across lists (organisation types, or "
                    + "groups of them), each cluster once, and fits Poisson log-linear models: main effects, then the "
                    + "two-list interaction that most lowers the AIC while its Wald p < 0.05 (Bales, Hesketh & Silverman "
                    + "2015), with a 95% profile-likelihood interval and, beside it, the bootstrap interval that "
                    + "repeats the choice of model on resamples of the table (Silverman, Chan & Vincent 2023), with the "
                    + "share of resamples choosing each model. When the estimate does not exist or is not "
                    + "identifiable, or fewer than 3 lists know children, estimable is false, estimate null and reason "
                    + "says why. basis says what was counted and left out. Never an identifier.")
    @APIResponse(responseCode = "200", description = "The estimate, or the reason there is none",
            content = @Content(schema = @Schema(ref = "Estimate")))
    @APIResponse(responseCode = "400", description = "A bad date, region, grouping, code or number of resamples",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "403", description = "Not a national coordinator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public EstimateView estimate(
            @Parameter(description = "First day of the period (YYYY-MM-DD): signals that happened (occurredFrom..occurredTo) on or after it")
            @QueryParam("from") String from,
            @Parameter(description = "Last day of the period (YYYY-MM-DD)") @QueryParam("to") String to,
            @Parameter(description = "A NUTS 2021 code; its regions count (EE00 takes EE001 and EE008)") @QueryParam("region") String region,
            @Parameter(description = "Sources grouped into lists: police:POLICE;welfare:SOCIAL_SERVICES,NGO;SCHOOL. "
                    + "Default: one list per organisation type") @QueryParam("lists") String lists,
            @Parameter(description = "Cluster verification states counted, comma-separated; default UNVERIFIED,VERIFIED")
            @QueryParam("verification") String verification,
            @Parameter(description = "Assessed grades counted, comma-separated; default all") @QueryParam("grades") String grades,
            @Parameter(description = "Resamples of the bootstrap of the model choice: 0 for none, or 100 to 2,000; default "
                    + "1,000. Tables of more than 6 lists are not bootstrapped (bootstrap.reason says why).",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "2000", defaultValue = "1000"))
            @QueryParam("bootstrap") String bootstrap) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate f = JsonFields.queryDate("from", from, errors);
        LocalDate t = JsonFields.queryDate("to", to, errors);
        if (f != null && t != null && t.isBefore(f)) errors.add(new FieldError("to", "The period ends before it starts."));
        String r = region == null || region.isBlank() ? null : region.strip();
        if (r != null && !RegionCode.isValid(r)) {
            errors.add(new FieldError("region", "Must be a NUTS 2021 code of a CBSS country, such as EE, EE00 or EE001."));
        }
        ListGrouping grouping = null;
        try {
            grouping = ListGrouping.parse(lists);
        } catch (InvalidInput e) {
            errors.addAll(e.errors());
        }
        Set<Verification> v = codes("verification", verification, Verification.class, errors);
        Set<Grade> g = codes("grades", grades, Grade.class, errors);
        int resamples = resamples(bootstrap, errors);
        if (!errors.isEmpty()) throw new InvalidInput("The query is not valid.", errors);
        return EstimateView.of(reading.estimate(caller, new EstimateQuery(f, t, r, grouping, v, g), resamples));
    }

    /** Blank means the default, 1,000. */
    private static int resamples(String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) return ModelSelectionBootstrap.DEFAULT_RESAMPLES;
        try {
            int n = Integer.parseInt(value.strip());
            if (n == 0 || (n >= ModelSelectionBootstrap.MIN_RESAMPLES && n <= ClusterEstimate.MAX_RESAMPLES)) return n;
        } catch (NumberFormatException e) {
            // refused below, as a number out of range is
        }
        errors.add(new FieldError("bootstrap", String.format(Locale.ROOT, "Must be 0 (no bootstrap) or a whole number of resamples "
                + "from %,d to %,d.", ModelSelectionBootstrap.MIN_RESAMPLES, ClusterEstimate.MAX_RESAMPLES)));
        return 0;
    }

    /** Comma-separated codes; blank means the default. */
    private static <E extends Enum<E>> Set<E> codes(String name, String value, Class<E> type, List<FieldError> errors) {
        Set<E> set = EnumSet.noneOf(type);
        if (value == null || value.isBlank()) return set;
        for (String code : value.split(",")) {
            E e = JsonFields.code(name, code.strip(), type, errors);
            if (e != null) set.add(e);
        }
        return set;
    }
}
