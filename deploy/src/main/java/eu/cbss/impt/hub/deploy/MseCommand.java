package eu.cbss.impt.hub.deploy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.cbss.impt.hub.mse.Estimate;
import eu.cbss.impt.hub.mse.ModelSelectionBootstrap;
import eu.cbss.impt.hub.mse.MultipleSystemsEstimation;
import eu.cbss.impt.hub.mse.OverlapTable;
import eu.cbss.impt.hub.mse.OverlapTableFile;
import eu.cbss.impt.hub.mse.SelectionRule;
import eu.cbss.impt.hub.mse.Step;
import eu.cbss.impt.hub.validation.FieldError;
import eu.cbss.impt.hub.validation.InvalidInput;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code ./hub mse --input FILE.tsv [--rule aic-wald|poisson-overlap] [--bootstrap N] [--seed S]}:
 * multiple systems estimation on an overlap table file (one 0/1 column per list, a last column of
 * counts; see docs/estimation.md).
 *
 * <p>Prints the table, the model chosen step by step, the estimate with its 95% profile-likelihood
 * interval and, beside it, the bootstrap interval that repeats the model choice on N resamples
 * (default 1,000; 0: none) with the share of resamples choosing each model, the caveats, then, as
 * its last line, one JSON object. Exit 2 for a bad file or usage.
 */
public final class MseCommand {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String USAGE = "usage: ./hub mse --input FILE.tsv [--rule aic-wald|poisson-overlap] [--bootstrap N] [--seed S]";

    private MseCommand() {
    }

    public static void main(String[] args) throws IOException {
        Path input = null;
        SelectionRule rule = SelectionRule.AIC_WALD;
        long resamples = ModelSelectionBootstrap.DEFAULT_RESAMPLES;
        long seed = ModelSelectionBootstrap.DEFAULT_SEED;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--input" -> input = value == null ? null : Path.of(System.getProperty("hub.cwd", "")).resolve(value);
                case "--rule" -> rule = rule(value);
                case "--bootstrap" -> resamples = number("--bootstrap", value);
                case "--seed" -> seed = number("--seed", value);
                default -> fail("unknown argument " + args[i] + "\n" + USAGE);
            }
            i++;
        }
        if (input == null) fail(USAGE);
        OverlapTable table = read(input);
        ModelSelectionBootstrap bootstrap = bootstrap(resamples, seed);
        long start = System.nanoTime();
        Estimate estimate = MultipleSystemsEstimation.estimate(table, rule, bootstrap);
        double seconds = (System.nanoTime() - start) / 1e9;
        print(input, table, rule, estimate, seconds);
        System.out.println(JSON.writeValueAsString(json(estimate, rule)));
    }

    private static long number(String option, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            fail(option + " needs a whole number\n" + USAGE);
            return 0;
        }
    }

    /** 0 resamples: none; otherwise within the engine's bounds. */
    private static ModelSelectionBootstrap bootstrap(long resamples, long seed) {
        if (resamples == 0) return null;
        if (resamples < ModelSelectionBootstrap.MIN_RESAMPLES || resamples > ModelSelectionBootstrap.MAX_RESAMPLES) {
            fail(String.format(Locale.ROOT, "--bootstrap must be 0 (none) or %,d to %,d resamples",
                    ModelSelectionBootstrap.MIN_RESAMPLES, ModelSelectionBootstrap.MAX_RESAMPLES));
        }
        return ModelSelectionBootstrap.of((int) resamples, seed);
    }

    private static SelectionRule rule(String value) {
        if ("aic-wald".equals(value)) return SelectionRule.AIC_WALD;
        if ("poisson-overlap".equals(value)) return SelectionRule.POISSON_OVERLAP;
        fail("--rule must be aic-wald (Bales, Hesketh & Silverman 2015, the default) or poisson-overlap (SparseMSE)");
        return null;
    }

    private static OverlapTable read(Path input) throws IOException {
        if (!Files.isRegularFile(input)) fail("no such file: " + input);
        try (Reader in = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
            return OverlapTableFile.read(in);
        } catch (InvalidInput e) {
            StringBuilder message = new StringBuilder(input + " is not a valid overlap table:");
            for (FieldError error : e.errors()) message.append("\n  ").append(error.field()).append(": ").append(error.message());
            fail(message.toString());
            return null;
        }
    }

    private static void print(Path input, OverlapTable table, SelectionRule rule, Estimate e, double seconds) {
        System.out.printf("mse: %s: %d lists (%s), %,d cases on %d of %d combinations, %,d of them on more than one list%n",
                input.getFileName(), table.listCount(), String.join(", ", table.lists()), table.observed(),
                table.nonEmptyCells(), table.lastPattern(), table.onSeveralLists());
        if (e.available()) {
            System.out.println("mse: model chosen stepwise, " + (rule == SelectionRule.AIC_WALD
                    ? "lowest AIC first, in if Wald p < 0.05 (Bales, Hesketh & Silverman 2015):"
                    : "lowest Poisson p of the overlap first, in if p < 0.02 (SparseMSE, Chan, Silverman & Vincent 2021):"));
            System.out.println("  step  added        AIC        p          estimate");
            for (int k = 0; k < e.steps().size(); k++) {
                Step s = e.steps().get(k);
                System.out.printf(Locale.ROOT, "  %-4d  %-10s  %9.2f  %-9s  %,10.0f%n", k,
                        s.added() == null ? "(main)" : s.added().name(), s.aic(),
                        Double.isNaN(s.pValue()) ? "" : String.format(Locale.ROOT, "%.2g", s.pValue()), s.estimate());
            }
            System.out.println("  " + e.stopReason());
            System.out.printf(Locale.ROOT, "mse: estimate %,.0f cases in all, 95%% profile-likelihood interval %,.0f to %s; "
                            + "%,d seen, %,.0f not seen%n", e.estimate(), e.lower(),
                    e.upper() == null ? "no upper limit" : String.format(Locale.ROOT, "%,.0f", e.upper()),
                    e.observed(), e.estimate() - e.observed());
            if (e.bootstrap() != null) System.out.println(BootstrapReport.interval(e.bootstrap(), seconds));
            System.out.println("mse: model " + e.model() + String.format(Locale.ROOT, ", AIC %.2f", e.aic()));
            if (e.bootstrap() != null) BootstrapReport.models(e.bootstrap()).forEach(System.out::println);
        } else {
            System.out.println("mse: no estimate for this table (exists: " + e.exists() + ", identifiable: " + e.identifiable()
                    + "); the first caveat says why.");
        }
        System.out.println("mse: caveats:");
        e.caveats().forEach(c -> System.out.println("  - " + c));
    }

    static ObjectNode json(Estimate e, SelectionRule rule) {
        ObjectNode j = JSON.createObjectNode();
        j.put("observed", e.observed());
        j.put("estimate", rounded(e.estimate()));
        j.put("lower", rounded(e.lower()));
        j.put("upper", rounded(e.upper()));
        e.terms().forEach(j.putArray("terms")::add);
        e.lists().forEach(j.putArray("lists")::add);
        j.put("aic", Double.isNaN(e.aic()) ? null : rounded(e.aic()));
        j.put("exists", e.exists());
        j.put("identifiable", e.identifiable());
        j.put("model", e.model());
        j.put("rule", rule.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        e.caveats().forEach(j.putArray("caveats")::add);
        if (e.bootstrap() != null) j.set("bootstrap", BootstrapReport.json(JSON, e.bootstrap()));
        return j;
    }

    /** One decimal: the models are not more precise than that, and the JSON stays readable. */
    private static Double rounded(Double value) {
        return value == null ? null : Math.round(value * 10) / 10.0;
    }

    private static void fail(String message) {
        System.err.println("mse: " + message);
        System.exit(2);
    }
}
