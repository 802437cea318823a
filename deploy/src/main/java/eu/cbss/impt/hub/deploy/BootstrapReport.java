package eu.cbss.impt.hub.deploy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.cbss.impt.hub.mse.BootstrapInterval;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How {@code ./hub mse} shows the bootstrap of the model choice: lines of text beside the profile
 * interval, and the object under {@code "bootstrap"} in its last line of JSON. Kept out of
 * {@link MseCommand} so that the command's parsing can change without touching it.
 */
final class BootstrapReport {

    /** The models shown by name; the rest are summed up in one line. */
    static final int MODELS_SHOWN = 10;

    private BootstrapReport() {
    }

    /**
     * The interval, to go beside the profile interval, or why there is none; {@code seconds}: the time
     * of the whole estimate, nearly all of it the bootstrap's.
     */
    static String interval(BootstrapInterval b, double seconds) {
        String run = String.format(Locale.ROOT, "%,d resamples, the model chosen afresh on each, seed %d; %.1f s in all", b.resamples(),
                b.seed(), seconds);
        if (!b.available()) return "mse: bootstrap (" + run + "): " + b.reason();
        return String.format(Locale.ROOT, "mse: bootstrap 95%% interval %,.0f to %,.0f, median %,.0f (%s)%s", b.lower(), b.upper(),
                b.median(), run, b.noEstimate() == 0 ? "" : String.format(Locale.ROOT, "; %,d without an estimate, left out", b.noEstimate()));
    }

    /** The models chosen on the resamples, with their shares; none when there is no interval. */
    static List<String> models(BootstrapInterval b) {
        List<String> lines = new ArrayList<>();
        if (!b.available()) return lines;
        lines.add("mse: models chosen on the resamples:");
        for (BootstrapInterval.ModelShare m : b.mostChosen(MODELS_SHOWN)) {
            lines.add(String.format(Locale.ROOT, "  %5.1f%%  %s%s", 100 * m.share(), m.model(), m.original() ? "   <- chosen for the table" : ""));
        }
        BootstrapInterval.OtherModels others = b.otherModels(MODELS_SHOWN);
        if (others != null) lines.add(String.format(Locale.ROOT, "  %5.1f%%  %,d other models", 100 * others.share(), others.models()));
        return lines;
    }

    static ObjectNode json(ObjectMapper mapper, BootstrapInterval b) {
        ObjectNode j = mapper.createObjectNode();
        j.put("resamples", b.resamples());
        j.put("seed", b.seed());
        j.put("lower", rounded(b.lower()));
        j.put("upper", rounded(b.upper()));
        j.put("median", rounded(b.median()));
        j.put("noEstimate", b.noEstimate());
        ArrayNode models = j.putArray("models");
        for (BootstrapInterval.ModelShare m : b.mostChosen(MODELS_SHOWN)) {
            ObjectNode model = models.addObject().put("model", m.model());
            m.terms().forEach(model.putArray("terms")::add);
            model.put("resamples", m.resamples()).put("share", Math.round(m.share() * 10_000) / 10_000.0).put("original", m.original());
        }
        BootstrapInterval.OtherModels others = b.otherModels(MODELS_SHOWN);
        if (others != null) {
            j.putObject("otherModels").put("models", others.models()).put("share", Math.round(others.share() * 10_000) / 10_000.0);
        }
        j.put("reason", b.reason());
        j.put("basis", b.basis());
        return j;
    }

    private static Double rounded(Double value) {
        return value == null ? null : Math.round(value * 10) / 10.0;
    }
}
