package eu.cbss.impt.hub.deploy.command;

import eu.cbss.impt.hub.deploy.ImportBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code ./hub bench import}: see {@link ImportBench}. */
@Command(name = "import",
        header = "a bulk CSV import: rows/s, Payara's peak heap, another user's latency, beside a JDBC baseline",
        description = "On the same hub of its own as bench intake.")
final class ImportBenchCommand extends Benchmark {

    @Option(names = "--rows", paramLabel = "N", description = "rows in the CSV file, one child each (default: ${DEFAULT-VALUE})")
    int rows = 100_000;

    @Override
    protected Figures measure() throws Exception {
        if (rows < 1) {
            throw new ParameterException(spec.commandLine(), "--rows needs a positive number");
        }
        return Figures.of(ImportBench.measure(rows));
    }
}
