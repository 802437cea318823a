package eu.cbss.impt.hub.deploy.command;

import picocli.CommandLine.Command;

/** {@code ./hub bench <benchmark>}: each benchmark is one {@link Benchmark}, listed here. */
@Command(name = "bench", synopsisSubcommandLabel = "<benchmark>",
        header = "benchmarks, each beside a baseline measured in the same run",
        description = "Progress goes to standard error; standard output is one line, a JSON object with every figure"
                + " (./hub bench <benchmark> | tail -1).",
        commandListHeading = "%nBenchmarks:%n",
        subcommands = {IntakeBenchCommand.class, ImportBenchCommand.class, LinkageBenchCommand.class})
@JvmOptions({"-Xmx256m", JvmOptions.ADD_OPENS})
final class BenchCommand {
}
