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
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code ./hub mse --input FILE.tsv [--rule aic-wald|poisson-overlap] [--bootstrap N] [--seed S]}:
 * multiple systems estimation on an overlap table file (one 0/1 column per list, a last column of
 * counts; see docs/estimation.md).
 *
 * <p>Prints the table, the model chosen step by step, the estimate with its 95% profile-likelihood
 * interval and, beside it, the bootstrap interval that repeats the model choice on N resamples
 * (default 1,000; 0: none) with the share of resamples choosing each model, the caveats, then, as
 * its last line, one JSON object. Exit 2 for a bad file or usage.
 * A command of {@code ./hub} ({@link eu.cbss.impt.hub.deploy.command.HubCommand}).
 */
@Command(name = "mse", header = "multiple systems estimation on an overlap table (docs/estimation.md)")
public final class MseCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--input", required = true, paramLabel = "FILE.tsv",
            description = "the overlap table: one 0/1 column per list, a last column of counts")
    private Path input;

    @Option(names = "--rule", paramLabel = "RULE", converter = RuleConverter.class, defaultValue = "aic-wald",
            description = "aic-wald (Bales, Hesketh & Silverman 2015, the default) or poisson-overlap (SparseMSE)")
    private SelectionRule rule;

    @Option(names = "--bootstrap", paramLabel = "N", defaultValue = "1000",
            description = "resamples of the bootstrap that repeats the model choice; 0: none (default ${DEFAULT-VALUE})")
    private long resamples;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1234",
            description = "the bootstrap's seed; the same seed gives the same interval (default ${DEFAULT-VALUE})")
    private long seed;

    @Override
    public Integer call() throws IOException {
        // relative paths are the caller's: the hub script runs from the checkout and passes where it was called from
        Path input = Path.of(System.getProperty("hub.cwd", "")).resolve(this.input);
        if (resamples != 0 && (resamples < ModelSelectionBootstrap.MIN_RESAMPLES || resamples > ModelSelectionBootstrap.MAX_RESAMPLES)) {
            fail(String.format(Locale.ROOT, "--bootstrap must be 0 (none) or %,d to %,d resamples",
                    ModelSelectionBootstrap.MIN_RESAMPLES, ModelSelectionBootstrap.MAX_RESAMPLES));
        }
        OverlapTable table = read(input);
        ModelSelectionBootstrap bootstrap = bootstrap(resamples, seed);
        long start = System.nanoTime();
        Estimate estimate = MultipleSystemsEstimation.estimate(table, rule, bootstrap);
        double seconds = (System.nanoTime() - start) / 1e9;
        print(input, table, rule, estimate, seconds);
        System.out.println(JSON.writeValueAsString(json(estimate, rule)));
        return 0;
    }

    /** The rule's name on the command line, as {@link #json} writes it. */
    static final class RuleConverter implements ITypeConverter<SelectionRule> {
        @Override
        public SelectionRule convert(String value) {
            if ("aic-wald".equals(value)) return SelectionRule.AIC_WALD;
            if ("poisson-overlap".equals(value)) return SelectionRule.POISSON_OVERLAP;
            throw new TypeConversionException("'" + value + "' is not aic-wald or poisson-overlap");
        }
    }

    /** 0 resamples: none. */
    private static ModelSelectionBootstrap bootstrap(long resamples, long seed) {
        return resamples == 0 ? null : ModelSelectionBootstrap.of((int) resamples, seed);
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
