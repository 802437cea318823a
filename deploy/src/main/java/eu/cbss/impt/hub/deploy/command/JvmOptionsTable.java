package eu.cbss.impt.hub.deploy.command;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code ./hub jvm-options} (hidden): one line per command, its full name ({@code hub bench linkage}),
 * a tab, and its {@link JvmOptions} separated by spaces. The {@code hub} script keeps this table in
 * {@code deploy/target} (rewritten when the jar is newer) and starts each command's JVM with the
 * options of the longest name its arguments begin with.
 */
@Command(name = "jvm-options", hidden = true, description = "the JVM options of every command, for the hub script")
final class JvmOptionsTable implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        lines(spec.root().commandLine()).forEach(out::println);
        out.flush();
        return 0;
    }

    static List<String> lines(CommandLine root) {
        List<String> lines = new ArrayList<>();
        collect(root, lines);
        return lines;
    }

    private static void collect(CommandLine command, List<String> lines) {
        lines.add(command.getCommandSpec().qualifiedName() + "\t" + String.join(" ", of(command)));
        command.getSubcommands().values().forEach(sub -> collect(sub, lines));
    }

    /** The command's own {@link JvmOptions}, else the nearest parent's. */
    static List<String> of(CommandLine command) {
        for (CommandLine c = command; c != null; c = c.getParent()) {
            JvmOptions options = c.getCommandSpec().userObject().getClass().getAnnotation(JvmOptions.class);
            if (options != null) {
                return List.of(options.value());
            }
        }
        throw new IllegalStateException("the top command declares no @JvmOptions");
    }
}
