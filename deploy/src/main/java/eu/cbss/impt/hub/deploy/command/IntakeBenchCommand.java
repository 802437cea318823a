package eu.cbss.impt.hub.deploy.command;

import eu.cbss.impt.hub.deploy.IntakeBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code ./hub bench intake}: see {@link IntakeBench}. */
@Command(name = "intake",
        header = "signal intake throughput and latency beside a plain JDBC baseline",
        description = "On a hub of its own (ports 8280, 5533, 8380, 9380; data in var/bench).")
final class IntakeBenchCommand extends Benchmark {

    @Option(names = "--seconds", paramLabel = "N", description = "seconds each phase is measured (default: ${DEFAULT-VALUE})")
    int seconds = 60;

    @Option(names = "--clients", paramLabel = "N", description = "concurrent clients, and baseline threads (default: ${DEFAULT-VALUE})")
    int clients = 8;

    @Option(names = "--warmup", paramLabel = "N", description = "seconds of warm-up before each phase (default: ${DEFAULT-VALUE})")
    int warmup = 5;

    @Override
    protected Figures measure() throws Exception {
        if (seconds < 1 || clients < 1) {
            throw new ParameterException(spec.commandLine(), "--seconds and --clients need a positive number");
        }
        return Figures.of(IntakeBench.measure(seconds, clients, warmup));
    }
}
