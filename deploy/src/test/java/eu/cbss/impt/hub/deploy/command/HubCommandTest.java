package eu.cbss.impt.hub.deploy.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.cbss.impt.hub.linkage.LinkageSettings;
import eu.cbss.impt.hub.mse.SelectionRule;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine;

class HubCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One run of {@code ./hub args}: exit code, standard output and error as picocli wrote them. */
    record Run(int exit, String out, String err) {
    }

    static Run hub(String... args) {
        return run(HubCommand.commandLine(), args);
    }

    private static Run run(CommandLine cl, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** Every command of the registry, as its words after {@code hub}, hidden ones included. */
    static List<List<String>> commands() {
        List<List<String>> all = new ArrayList<>();
        collect(HubCommand.commandLine(), new ArrayList<>(), all);
        return all;
    }

    private static void collect(CommandLine c, List<String> path, List<List<String>> all) {
        c.getSubcommands().forEach((name, sub) -> {
            List<String> p = new ArrayList<>(path);
            p.add(name);
            all.add(p);
            collect(sub, p, all);
        });
    }

    private static boolean hidden(List<String> path) {
        CommandLine c = HubCommand.commandLine();
        for (String name : path) {
            c = c.getSubcommands().get(name);
        }
        return c.getCommandSpec().usageMessage().hidden();
    }

    /** The command object picocli filled for {@code args}, without running it. */
    @SuppressWarnings("unchecked")
    static <T> T parsed(String... args) {
        ParseResult r = HubCommand.commandLine().parseArgs(args);
        while (r.hasSubcommand()) {
            r = r.subcommand();
        }
        return (T) r.commandSpec().userObject();
    }

    /** At least these; a new command needs no change here. */
    @Test
    void theRegistryHoldsTheHubsCommands() {
        Set<String> top = HubCommand.commandLine().getSubcommands().keySet();
        assertTrue(top.containsAll(List.of("start", "database", "rotate-narrative-key", "test", "bench", "mse", "help",
                "jvm-options")), top.toString());
        assertTrue(HubCommand.commandLine().getSubcommands().get("bench").getSubcommands().keySet()
                .containsAll(List.of("intake", "import", "linkage")));
    }

    @Test
    void helpListsEveryVisibleCommandAndTheEnvironment() {
        for (String[] help : List.of(new String[] {"help"}, new String[] {}, new String[] {"--help"})) {
            Run r = hub(help);
            assertEquals(0, r.exit(), r.err());
            for (List<String> path : commands()) {
                if (path.size() == 1) {
                    assertEquals(!hidden(path), Pattern.compile("(?m)^  " + Pattern.quote(path.get(0)) + " ").matcher(r.out()).find(),
                            path + " in:\n" + r.out());
                }
            }
            assertTrue(r.out().contains("HUB_HTTP_PORT=8080"), r.out());
            assertTrue(r.out().contains("HUB_START_TIMEOUT=300"), r.out());
        }
        Run bench = hub("help", "bench");
        for (String name : List.of("intake", "import", "linkage")) {
            assertTrue(bench.out().contains("  " + name + " "), bench.out());
        }
    }

    @Test
    void everyCommandAnswersHelp() {
        for (List<String> path : commands()) {
            List<String> args = new ArrayList<>(path);
            args.add("--help");
            Run r = hub(args.toArray(String[]::new));
            assertEquals(0, r.exit(), path + ": " + r.err());
            assertTrue(r.out().contains("Usage: hub " + String.join(" ", path) + " "), r.out());
            assertTrue(r.out().contains("-h, --help"), r.out());
            if (!path.get(0).equals("jvm-options")) {
                Run viaHelp = hub(Stream.concat(Stream.of("help"), path.stream()).toArray(String[]::new));
                assertEquals(r.out(), viaHelp.out(), "help " + path);
            }
        }
        assertEquals(2, hub("help", "no-such-command").exit());
    }

    @Test
    void badOptionsAndCommandsExitWith2AndSayWhy() {
        for (List<String> path : commands()) {
            List<String> args = new ArrayList<>(path);
            if (path.equals(List.of("mse"))) {
                args.addAll(List.of("--input", "table.tsv")); // else picocli names the missing option first
            }
            args.add("--no-such-option");
            Run r = hub(args.toArray(String[]::new));
            assertEquals(2, r.exit(), path + ": " + r.out());
            assertTrue(r.err().contains("--no-such-option"), r.err());
            assertTrue(r.err().contains("Usage: hub"), r.err());
        }
        Run unknown = hub("no-such-command");
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("'no-such-command'"), unknown.err());
        assertEquals(2, hub("bench").exit(), "a benchmark must be named");
        assertTrue(hub("bench").err().contains("Missing required subcommand"));
        assertEquals(2, hub("bench", "intake", "--seconds", "ten").exit());
        assertEquals(2, hub("bench", "intake", "--clients", "0").exit());
        assertEquals(2, hub("bench", "import", "--rows", "-5").exit());
        assertEquals(2, hub("bench", "linkage", "--records", "1").exit());
        assertEquals(2, hub("bench", "linkage", "--threshold", "1.5").exit(), "LinkageSettings refuses it");
        assertEquals(2, hub("mse").exit(), "--input is required");
        Run rule = hub("mse", "--input", "x.tsv", "--rule", "aic");
        assertEquals(2, rule.exit());
        assertTrue(rule.err().contains("'aic' is not aic-wald or poisson-overlap"), rule.err());
    }

    @Test
    void linkageBenchDefaultsAreTheEnginesAndTheOldParsersOnes() {
        LinkageBenchCommand in = parsed("bench", "linkage");
        assertEquals(100_000, in.records());
        assertEquals(LinkageSettings.defaults(), in.settings());
        assertEquals(42, in.seed);
        assertEquals(100, in.incremental);
        assertFalse(in.inHub);

        LinkageBenchCommand hub = parsed("bench", "linkage", "--in-hub");
        assertTrue(hub.inHub);
        assertEquals(200_000, hub.records());
        assertEquals(60, hub.probes);
        assertEquals(null, hub.jfr);
    }

    @Test
    void linkageBenchOptionsComposeTheSettingsAsBefore() {
        LinkageBenchCommand c = parsed("bench", "linkage", "--records", "5000", "--threshold", "0.7", "--seed", "7",
                "--incremental", "10", "--tables", "40", "--bits", "18", "--near", "0.6", "--crowd", "2", "--distance", "80");
        assertEquals(5000, c.records());
        assertEquals(7, c.seed);
        assertEquals(10, c.incremental);
        assertEquals(LinkageSettings.defaults().withThreshold(0.7).withBlocking(40, 18).withCrowding(0.6, 2, 80), c.settings());
        // a lower threshold alone caps the near level, as withThreshold always did
        LinkageBenchCommand low = parsed("bench", "linkage", "--threshold", "0.5");
        assertEquals(LinkageSettings.defaults().withThreshold(0.5), low.settings());
        assertEquals(0.5, low.settings().near());
        LinkageBenchCommand crowd = parsed("bench", "linkage", "--distance", "512");
        assertEquals(LinkageSettings.defaults().withCrowding(LinkageSettings.DEFAULT_NEAR, LinkageSettings.DEFAULT_CROWD, 512),
                crowd.settings());
    }

    @Test
    void linkageBenchRefusesTheOtherModesOptions() {
        Run r = hub("bench", "linkage", "--in-hub", "--threshold", "0.7");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--threshold does not apply with --in-hub"), r.err());
        Run p = hub("bench", "linkage", "--probes", "10");
        assertEquals(2, p.exit());
        assertTrue(p.err().contains("--probes does not apply without --in-hub"), p.err());
    }

    @Test
    void intakeImportAndMseDefaults() {
        IntakeBenchCommand intake = parsed("bench", "intake");
        assertEquals(List.of(60, 8, 5), List.of(intake.seconds, intake.clients, intake.warmup));
        IntakeBenchCommand set = parsed("bench", "intake", "--seconds", "10", "--clients", "2", "--warmup", "0");
        assertEquals(List.of(10, 2, 0), List.of(set.seconds, set.clients, set.warmup));
        ImportBenchCommand imports = parsed("bench", "import");
        assertEquals(100_000, imports.rows);
        assertEquals(2000, ((ImportBenchCommand) parsed("bench", "import", "--rows", "2000")).rows);

        CommandLine mse = HubCommand.commandLine();
        mse.parseArgs("mse", "--input", "table.tsv");
        CommandLine.Model.CommandSpec spec = mse.getSubcommands().get("mse").getCommandSpec();
        assertEquals(Path.of("table.tsv"), spec.findOption("--input").getValue());
        assertSame(SelectionRule.AIC_WALD, spec.findOption("--rule").getValue());
        mse = HubCommand.commandLine();
        mse.parseArgs("mse", "--input", "t.tsv", "--rule", "poisson-overlap");
        assertSame(SelectionRule.POISSON_OVERLAP, mse.getSubcommands().get("mse").getCommandSpec().findOption("--rule").getValue());
    }

    @Test
    void everyCommandHasItsJvmOptions() {
        Run r = hub("jvm-options");
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(commands().size() + 1, lines.size(), r.out());
        assertTrue(lines.contains("hub\t-Xmx256m"), r.out());
        assertTrue(lines.contains("hub bench linkage\t-Xmx3g " + JvmOptions.ADD_OPENS), r.out());
        assertTrue(lines.contains("hub bench intake\t-Xmx256m " + JvmOptions.ADD_OPENS), "inherited from bench: " + r.out());
        assertTrue(lines.contains("hub start\t-Xmx256m " + JvmOptions.ADD_OPENS), r.out());
        assertTrue(lines.contains("hub rotate-narrative-key\t-Xmx64m"), r.out());
        assertTrue(lines.contains("hub mse\t-Xmx256m"), r.out());
    }

    /** The hub script runs the JVM of the registry's top command, and runs itself only registered commands. */
    @Test
    void theHubScriptKnowsOnlyTheRegistrysCommands() throws IOException {
        String script = Files.readString(Path.of("..", "hub"));
        assertTrue(script.contains("MAIN=" + HubCommand.class.getName() + "\n"), "the script's MAIN");
        Matcher dispatch = Pattern.compile("(?s)\ncase \"\\$\\*\" in\n(.*?)\nesac\n").matcher(script);
        assertTrue(dispatch.find(), "the script's own commands");
        Set<String> own = Pattern.compile("(?m)^  ([a-z|-]+)\\)$").matcher(dispatch.group(1)).results()
                .flatMap(m -> Arrays.stream(m.group(1).split("\\|"))).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of("test"), own);
        Set<String> registered = HubCommand.commandLine().getSubcommands().keySet();
        assertTrue(registered.containsAll(own), own + " not all in " + registered);
    }

    /** A benchmark that prints on System.out as careless code would, and returns figures. */
    @Command(name = "noisy")
    static final class NoisyBench extends Benchmark {
        @Override
        protected Figures measure() {
            System.out.println("progress that belongs on standard error");
            return Figures.of(JSON.createObjectNode().put("benchmark", "noisy"));
        }
    }

    @Test
    void aBenchmarksStandardOutputIsItsJsonLineOnly() throws Exception {
        PrintStream before = System.out;
        Run noisy = run(new CommandLine(new NoisyBench()));
        assertEquals(0, noisy.exit());
        assertEquals("{\"benchmark\":\"noisy\"}" + System.lineSeparator(), noisy.out());
        assertSame(before, System.out, "System.out restored");

        Run linkage = hub("bench", "linkage", "--records", "400", "--incremental", "5");
        assertEquals(0, linkage.exit(), linkage.err());
        List<String> lines = linkage.out().lines().toList();
        assertEquals(1, lines.size(), linkage.out());
        JsonNode figures = JSON.readTree(lines.get(0));
        assertEquals("linkage", figures.path("benchmark").asText());
        assertEquals(400, figures.path("records").asInt());
        assertEquals(LinkageSettings.DEFAULT_THRESHOLD, figures.path("threshold").asDouble());
        assertSame(before, System.out, "System.out restored");
    }
}
