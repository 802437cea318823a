package eu.cbss.impt.hub.estimate;

import eu.cbss.impt.hub.cluster.Verification;
import eu.cbss.impt.hub.mse.BootstrapInterval;
import eu.cbss.impt.hub.mse.Estimate;
import eu.cbss.impt.hub.mse.MultipleSystemsEstimation;
import eu.cbss.impt.hub.mse.SelectionRule;
import eu.cbss.impt.hub.mse.Step;
import eu.cbss.impt.hub.organisation.OrganisationType;
import eu.cbss.impt.hub.signal.Grade;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/**
 * An estimate as the API returns it: its basis, the lists, the overlap table, the figure with its 95%
 * profile-likelihood interval and, beside it, the bootstrap interval that owns the choice of model (or
 * why there is none), the model and how it was chosen, and the caveats. Counts only: never a cluster,
 * signal or child identifier.
 */
@Schema(name = "Estimate")
public record EstimateView(Basis basis, List<ListView> lists, List<Row> table, long observed, Double estimate,
        Double lower, Double upper, double level, BootstrapView bootstrap,
        boolean estimable, String reason, Model model, List<String> caveats) {

    /** The models named in {@code bootstrap.models}; the rest are summed up in {@code otherModels}. */
    static final int MODELS_SHOWN = 10;

    /** What the figure counts and leaves out, and the filters it was asked for. */
    @Schema(name = "EstimateBasis")
        public record Basis(String unit, LocalDate from, LocalDate to, String period, String region, String lists,
            List<Verification> verifications, List<Grade> grades, long childClusters, LeftOut leftOut, String counts,
            String note) {
    }

    /** Clusters not counted, each under the first reason that applies. */
    @Schema(name = "EstimateLeftOut")
    public record LeftOut(long incidentClusters, long verification, long grade, long outsidePeriodOrRegion,
            long outsideLists) {
    }

    /** A list of the table: its name, the organisation types grouped into it, the children on it. */
    @Schema(name = "EstimateList")
    public record ListView(String name, List<OrganisationType> organisationTypes, long children) {
    }

    /**
     * One combination of lists: {@code pattern} has a 1 for each list (in the order of {@code lists})
     * the children were on, {@code lists} names them.
     */
    @Schema(name = "EstimateRow")
    public record Row(String pattern, List<String> lists, long children) {
    }

    /** The chosen Poisson log-linear model, its two-list interactions and how the stepwise search chose it. */
    @Schema(name = "EstimateModel")
        public record Model(String description, List<String> terms, Double aic, String rule, List<StepView> steps,
            String stopReason, boolean exists, boolean identifiable) {
    }

    /** A step of the search: the interaction added (null for main effects), the AIC, its p-value, the estimate then. */
    @Schema(name = "EstimateStep")
        public record StepView(String added, Double aic, Double pValue, Double estimate) {
        static StepView from(Step s) {
            return new StepView(s.added() == null ? null : s.added().name(), round(s.aic(), 100),
                    Double.isNaN(s.pValue()) ? null : s.pValue(), round(s.estimate(), 10));
        }
    }

    /**
     * The bootstrap of the model choice (Silverman, Chan &amp; Vincent 2023): each resample a multinomial
     * draw of the children seen over the combinations of lists seen, in the proportions seen; the model
     * chosen again on each by the same rule; the 2.5th and 97.5th percentiles of their estimates.
     */
    @Schema(name = "EstimateBootstrap", description = "Beside the profile-likelihood interval (lower, upper), which takes "
            + "the model as given: the interval from resamples of the table on each of which the model is chosen again, and "
            + "how often each model was chosen. Absent when not asked for (bootstrap=0) or when there is no estimate.",
            properties = {
            @SchemaProperty(name = "models", description = "The models most often chosen, most chosen first (at most 10, and "
                    + "the model chosen for the table itself); their shares with otherModels' add up to 1"),
            @SchemaProperty(name = "otherModels", description = "The models not named in models; absent when there are none"),
            @SchemaProperty(name = "seed", type = SchemaType.INTEGER, format = "int64",
                    description = "The seed of the draws: the same seed, the same figures")})
    public record BootstrapView(
            @Schema(description = "Resamples drawn (asked for, when not run)") int resamples,
            long seed,
            @Schema(description = "2.5th percentile of the resamples' estimates; absent when there is no interval") Double lower,
            @Schema(description = "97.5th percentile; absent when there is no interval") Double upper,
            @Schema(description = "Their median; absent when there is no interval") Double median,
            double level,
            @Schema(description = "Resamples on which not even main effects give a finite estimate: left out of the "
                    + "percentiles and the shares") int noEstimate,
            List<ModelShareView> models,
            OtherModelsView otherModels,
            String rule,
            @Schema(description = "Why there is no interval, in words; absent when there is one") String reason,
            @Schema(description = "How the interval was made, in words") String basis) {

        static BootstrapView from(BootstrapInterval b) {
            BootstrapInterval.OtherModels others = b.otherModels(MODELS_SHOWN);
            return new BootstrapView(b.resamples(), b.seed(), round(b.lower(), 10), round(b.upper(), 10), round(b.median(), 10),
                    BootstrapInterval.LEVEL, b.noEstimate(), b.mostChosen(MODELS_SHOWN).stream().map(ModelShareView::from).toList(),
                    others == null ? null : new OtherModelsView(others.models(), round(others.share(), 10_000)), b.rule().name(),
                    b.reason(), b.basis());
        }
    }

    /** A model chosen on some resamples: as the search describes it, interactions in list order. */
    @Schema(name = "EstimateModelShare")
    public record ModelShareView(String model, List<String> terms,
            @Schema(description = "Resamples that chose it") int resamples,
            @Schema(description = "Their share of the resamples with an estimate") double share,
            @Schema(description = "Whether it is the model chosen for the table itself") boolean original) {
        static ModelShareView from(BootstrapInterval.ModelShare m) {
            return new ModelShareView(m.model(), m.terms(), m.resamples(), round(m.share(), 10_000), m.original());
        }
    }

    /** The models chosen on the resamples but not named: how many, and their share. */
    @Schema(name = "EstimateOtherModels")
    public record OtherModelsView(int models, double share) {
    }

    static EstimateView of(ClusterEstimate result) {
        ClusterOverlap o = result.overlap();
        EstimateQuery q = o.query();
        ClusterOverlap.LeftOut out = o.leftOut();
        Basis basis = new Basis("CHILD_CLUSTER", q.from(), q.to(), "OCCURRENCE", q.region(), q.grouping().toString(),
                List.copyOf(q.verifications()), List.copyOf(q.grades()), o.childClusters(),
                new LeftOut(out.incidentClusters(), out.verification(), out.grade(), out.outsidePeriodOrRegion(), out.outsideLists()),
                "Child clusters as linkage and the national coordinators' decisions make them now, each counted once, on "
                        + "the lists whose organisations reported the child in the period (by when it happened) and region.",
                "An estimate of the children at risk in the period and region, seen or not, by multiple systems estimation: "
                        + "not a count of signals, and only as good as the linkage of reports of one child across lists.");
        List<ListView> lists = o.lists().stream().map(l -> new ListView(l.name(),
                l.organisationTypes().stream().sorted().toList(), l.children())).toList();
        Estimate e = result.estimate();
        Model model = e == null ? null : new Model(e.model(), e.terms(), Double.isNaN(e.aic()) ? null : round(e.aic(), 100),
                SelectionRule.AIC_WALD.name(), e.steps().stream().map(StepView::from).toList(), e.stopReason(),
                e.exists(), e.identifiable());
        boolean estimable = result.estimable();
        BootstrapView bootstrap = estimable && e.bootstrap() != null ? BootstrapView.from(e.bootstrap()) : null;
        return new EstimateView(basis, lists, rows(o), o.childClusters(), estimable ? round(e.estimate(), 10) : null,
                estimable ? round(e.lower(), 10) : null, estimable ? round(e.upper(), 10) : null,
                MultipleSystemsEstimation.LEVEL, bootstrap, estimable, result.reason(), model, result.caveats());
    }

    /** Every combination of the lists, fewest lists first, with or without children. */
    private static List<Row> rows(ClusterOverlap o) {
        int t = o.lists().size();
        List<Row> rows = new ArrayList<>();
        if (o.table().isEmpty()) return rows;
        for (int size = 1; size <= t; size++) {
            for (int p = 1; p < 1 << t; p++) {
                if (Integer.bitCount(p) != size) continue;
                StringBuilder pattern = new StringBuilder();
                List<String> on = new ArrayList<>();
                for (int i = 0; i < t; i++) {
                    boolean in = (p & (1 << i)) != 0;
                    pattern.append(in ? '1' : '0');
                    if (in) on.add(o.lists().get(i).name());
                }
                rows.add(new Row(pattern.toString(), on, o.count(p)));
            }
        }
        return rows;
    }

    /** The query in one line, for the audit log. */
    static String describe(EstimateQuery q) {
        return "from=" + q.from() + " to=" + q.to() + " region=" + q.region() + " lists=" + q.grouping()
                + " verification=" + q.verifications() + " grades=" + q.grades();
    }

    private static Double round(Double value, int per) {
        return value == null || value.isNaN() || value.isInfinite() ? null : Math.round(value * per) / (double) per;
    }
}
