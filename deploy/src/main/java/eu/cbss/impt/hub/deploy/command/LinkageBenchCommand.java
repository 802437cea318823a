package eu.cbss.impt.hub.deploy.command;

import eu.cbss.impt.hub.deploy.HubLinkageBench;
import eu.cbss.impt.hub.deploy.LinkageBench;
import eu.cbss.impt.hub.linkage.LinkageSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code ./hub bench linkage}: the linkage engine in this JVM ({@link LinkageBench}), or with {@code
 * --in-hub} in a hub of its own ({@link HubLinkageBench}). Each takes only its own options. The engine's
 * settings start from {@link LinkageSettings#defaults()}; {@code --threshold} is applied first (it moves
 * the cohesion and caps the near level), then the blocking, then the crowding options given.
 */
@Command(name = "linkage",
        header = "child linkage on synthetic records: precision, recall, time, beside exact-token and all-pairs baselines",
        description = "No hub needed. With --in-hub: filing and linking one signal in a hub of its own with a full store,"
                + " beside an empty store (docs/linkage.md).")
@JvmOptions({"-Xmx3g", JvmOptions.ADD_OPENS}) // 1,000,000 records in this JVM need about 3 GB
final class LinkageBenchCommand extends Benchmark {

    private static final List<String> IN_PROCESS = List.of("--threshold", "--seed", "--incremental", "--tables", "--bits",
            "--near", "--crowd", "--distance");
    private static final List<String> IN_HUB = List.of("--probes", "--jfr");

    @Option(names = "--in-hub", description = "in a hub of its own (ports 8280, 5533, 8380, 9380; var/bench-linkage, emptied first)")
    boolean inHub;

    @Option(names = "--records", paramLabel = "N", description = "synthetic child records (default: 100000; 200000 with --in-hub)")
    Integer records;

    @Option(names = "--threshold", paramLabel = "DICE", description = "link threshold (default: " + LinkageSettings.DEFAULT_THRESHOLD + ")")
    Double threshold;

    @Option(names = "--seed", paramLabel = "N", description = "the synthetic records' seed (default: ${DEFAULT-VALUE})")
    long seed = 42;

    @Option(names = "--incremental", paramLabel = "N", description = "signals held back and linked one at a time (default: ${DEFAULT-VALUE})")
    int incremental = 100;

    @Option(names = "--tables", paramLabel = "N", description = "bit-sampling tables; 0: exact tokens only (default: " + LinkageSettings.DEFAULT_TABLES + ")")
    Integer tables;

    @Option(names = "--bits", paramLabel = "N", description = "bits per table key (default: " + LinkageSettings.DEFAULT_BITS_PER_KEY + ")")
    Integer bits;

    @Option(names = "--near", paramLabel = "DICE", description = "Dice from which a record is a look-alike (default: " + LinkageSettings.DEFAULT_NEAR + ")")
    Double near;

    @Option(names = "--crowd", paramLabel = "N", description = "look-alikes from which a link must keep within --distance (default: " + LinkageSettings.DEFAULT_CROWD + ")")
    Integer crowd;

    @Option(names = "--distance", paramLabel = "BITS", description = "most bits apart of a crowded link; 512: no crowding rule (default: " + LinkageSettings.DEFAULT_DISTANCE + ")")
    Integer distance;

    @Option(names = "--probes", paramLabel = "N", description = "with --in-hub: signals filed one at a time on each store (default: ${DEFAULT-VALUE})")
    int probes = 60;

    @Option(names = "--jfr", paramLabel = "FILE", description = "with --in-hub: a Flight Recorder profile of Payara for the run")
    Path jfr;

    @Override
    protected Figures measure() throws Exception {
        requireOnly(inHub ? IN_PROCESS : IN_HUB, inHub ? "with --in-hub" : "without --in-hub");
        if (inHub) {
            Map<String, Object> figures = HubLinkageBench.measure(records(), probes, jfr);
            return figures == null ? Figures.none() : new Figures(figures, HubLinkageBench.allProbesLinked(figures));
        }
        return Figures.of(LinkageBench.run(records(), incremental, seed, settings()));
    }

    int records() {
        int n = records != null ? records : inHub ? 200_000 : 100_000;
        if (n < 2 || incremental < 0 || probes < 1) {
            throw new ParameterException(spec.commandLine(), "--records at least 2, --incremental not negative, --probes positive");
        }
        return n;
    }

    /** The engine's settings: the defaults with the options given, in a fixed order (see the class comment). */
    LinkageSettings settings() {
        try {
            LinkageSettings s = LinkageSettings.defaults();
            if (threshold != null) {
                s = s.withThreshold(threshold);
            }
            if (tables != null || bits != null) {
                s = s.withBlocking(tables != null ? tables : s.tables(), bits != null ? bits : s.bitsPerKey());
            }
            if (near != null || crowd != null || distance != null) {
                s = s.withCrowding(near != null ? near : s.near(), crowd != null ? crowd : s.crowd(),
                        distance != null ? distance : s.distance());
            }
            return s;
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private void requireOnly(List<String> refused, String when) {
        for (String name : refused) {
            if (spec.commandLine().getParseResult().hasMatchedOption(name)) {
                throw new ParameterException(spec.commandLine(), name + " does not apply " + when);
            }
        }
    }
}
