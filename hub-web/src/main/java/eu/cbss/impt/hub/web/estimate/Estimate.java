package eu.cbss.impt.hub.web.estimate;

import eu.cbss.impt.hub.web.api.JsonValues;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * An estimate as {@code GET /v1/estimates} returns it: the basis, the lists, the overlap table, the
 * figure and its interval (null when there is none, with the reason), the bootstrap interval that owns
 * the choice of model (null when not asked for), the model and the caveats. Counts only; the API sends
 * no identifier.
 */
public record Estimate(Basis basis, List<NamedList> lists, List<Row> table, long observed, Double estimate, Double lower,
        Double upper, Bootstrap bootstrap, boolean estimable, String reason, Model model, List<String> caveats)
        implements Serializable {

    /** What was counted: the filters and the clusters counted and left out. */
    public record Basis(LocalDate from, LocalDate to, String region, String lists, List<String> verifications,
            List<String> grades, long childClusters, long incidentClusters, long otherVerification, long otherGrade,
            long outsidePeriodOrRegion, long outsideLists) implements Serializable {

        static Basis from(JsonObject json) {
            JsonObject out = object(json, "leftOut");
            return new Basis(JsonValues.date(json, "from"), JsonValues.date(json, "to"), JsonValues.string(json, "region"),
                    JsonValues.string(json, "lists"), JsonValues.strings(json, "verifications"),
                    JsonValues.strings(json, "grades"), JsonValues.longValue(json, "childClusters", 0),
                    JsonValues.longValue(out, "incidentClusters", 0), JsonValues.longValue(out, "verification", 0),
                    JsonValues.longValue(out, "grade", 0), JsonValues.longValue(out, "outsidePeriodOrRegion", 0),
                    JsonValues.longValue(out, "outsideLists", 0));
        }

        /** Clusters of the hub not counted, for whatever reason. */
        public long leftOut() {
            return incidentClusters + otherVerification + otherGrade + outsidePeriodOrRegion + outsideLists;
        }
    }

    /** A list: its name, the organisation types grouped into it, the children on it. */
    public record NamedList(String name, List<String> organisationTypes, long children) implements Serializable {
    }

    /** A combination of lists and the children seen on exactly those; {@code on.get(i)} for the i-th list. */
    public record Row(List<Boolean> on, long children) implements Serializable {
    }

    /** A step of the stepwise choice; {@code added} null for the main effects. */
    public record Step(String added, Double aic, Double pValue, Double estimate) implements Serializable {
    }

    public record Model(String description, List<String> terms, List<Step> steps, String stopReason) implements Serializable {
    }

    /**
     * The bootstrap of the model choice: the interval of the resamples' estimates (null, with the
     * reason, when there is none), their median, and the models chosen on them, most chosen first;
     * {@code otherModels} more were chosen on a share {@code otherShare} of the resamples.
     */
    public record Bootstrap(int resamples, long seed, Double lower, Double upper, Double median, int noEstimate,
            List<ModelShare> models, int otherModels, double otherShare, String reason, String basis) implements Serializable {

        static Bootstrap from(JsonObject json) {
            JsonObject others = object(json, "otherModels");
            return new Bootstrap((int) JsonValues.longValue(json, "resamples", 0), JsonValues.longValue(json, "seed", 0),
                    number(json, "lower"), number(json, "upper"), number(json, "median"),
                    (int) JsonValues.longValue(json, "noEstimate", 0),
                    JsonValues.objects(json, "models").stream().map(m -> new ModelShare(JsonValues.string(m, "model"),
                            JsonValues.strings(m, "terms"), (int) JsonValues.longValue(m, "resamples", 0),
                            number(m, "share") == null ? 0 : number(m, "share"),
                            Boolean.TRUE.equals(JsonValues.bool(m, "original")))).toList(),
                    (int) JsonValues.longValue(others, "models", 0), number(others, "share") == null ? 0 : number(others, "share"),
                    JsonValues.string(json, "reason"), JsonValues.string(json, "basis"));
        }

        /** Whether there is an interval to show. */
        public boolean isAvailable() {
            return lower != null && upper != null;
        }

        /** The model chosen for the table itself; null if no resample chose it. */
        public ModelShare getOriginal() {
            return models.stream().filter(ModelShare::original).findFirst().orElse(null);
        }
    }

    /** A model chosen on some resamples, with its share; {@code original}: the model chosen for the table itself. */
    public record ModelShare(String model, List<String> terms, int resamples, double share, boolean original) implements Serializable {
    }

    public static Estimate from(JsonObject json) {
        List<NamedList> lists = JsonValues.objects(json, "lists").stream().map(l -> new NamedList(JsonValues.string(l, "name"),
                JsonValues.strings(l, "organisationTypes"), JsonValues.longValue(l, "children", 0))).toList();
        List<Row> rows = JsonValues.objects(json, "table").stream().map(r -> new Row(
                JsonValues.string(r, "pattern").chars().mapToObj(c -> c == '1').toList(),
                JsonValues.longValue(r, "children", 0))).toList();
        JsonObject m = object(json, "model");
        JsonObject b = object(json, "bootstrap");
        Model model = m.isEmpty() ? null : new Model(JsonValues.string(m, "description"), JsonValues.strings(m, "terms"),
                JsonValues.objects(m, "steps").stream().map(s -> new Step(JsonValues.string(s, "added"), number(s, "aic"),
                        number(s, "pValue"), number(s, "estimate"))).toList(), JsonValues.string(m, "stopReason"));
        return new Estimate(Basis.from(object(json, "basis")), lists, rows, JsonValues.longValue(json, "observed", 0),
                number(json, "estimate"), number(json, "lower"), number(json, "upper"), b.isEmpty() ? null : Bootstrap.from(b),
                Boolean.TRUE.equals(JsonValues.bool(json, "estimable")), JsonValues.string(json, "reason"), model,
                JsonValues.strings(json, "caveats"));
    }

    /** The children no list has seen, by the estimate; null without one. */
    public Long unseen() {
        return estimable && estimate != null ? Math.round(estimate) - observed : null;
    }

    /** The upper end as a whole number of children, for words; null without one. */
    public Long upperWhole() {
        return upper == null ? null : Math.round(upper);
    }

    private static JsonObject object(JsonObject json, String name) {
        return json.get(name) instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT;
    }

    private static Double number(JsonObject json, String name) {
        return json.get(name) instanceof JsonNumber n ? n.doubleValue() : null;
    }
}
