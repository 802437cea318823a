package eu.cbss.impt.hub.deploy.command;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A {@code ./hub bench} command. Its standard output is exactly one line, the JSON object of its
 * figures, printed once {@link #measure()} has returned and so once every hub, server and thread it
 * started has stopped; whatever it or a library prints meanwhile goes to standard error. So
 * {@code ./hub bench x | tail -1} and {@code ./hub bench x > figures.json} always hold the figures.
 */
public abstract class Benchmark implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    protected CommandSpec spec;

    /**
     * Runs the benchmark, printing its progress and summary on standard error.
     *
     * @return its figures, or {@link Figures#none()} when it could not measure (the reason printed)
     */
    protected abstract Figures measure() throws Exception;

    /**
     * @param json anything Jackson writes as one object (an {@code ObjectNode}, a map); null: nothing measured
     * @param passed false when the figures show the benchmark's own check failed (exit 1, figures still printed)
     */
    public record Figures(Object json, boolean passed) {
        public static Figures of(Object json) {
            return json == null ? none() : new Figures(json, true);
        }

        public static Figures none() {
            return new Figures(null, false);
        }
    }

    @Override
    public final Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut(); // taken before System.out is pointed elsewhere
        PrintStream systemOut = System.out;
        System.setOut(System.err); // also catches lines from code that does not know the contract
        Figures figures;
        try {
            figures = measure();
        } finally {
            System.out.flush();
            System.setOut(systemOut);
        }
        if (figures.json() == null) {
            return 1;
        }
        stdout.println(JSON.writeValueAsString(figures.json()));
        stdout.flush();
        return figures.passed() ? 0 : 1;
    }
}
