package eu.cbss.impt.hub.deploy.command;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ./hub help [command...]}. Not picocli's own {@code HelpCommand}: that one declares {@code -h}
 * itself, which clashes with the {@code --help} every command inherits from {@link HubCommand}; and
 * this one goes any depth ({@code help bench linkage}).
 */
@Command(name = "help", header = "this text, or a command's help: ./hub help bench linkage")
final class HelpCommand implements Runnable {

    @Parameters(paramLabel = "<command>", arity = "0..*", description = "the command whose help to show")
    private List<String> names = new ArrayList<>();

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        CommandLine target = spec.root().commandLine();
        for (String name : names) {
            CommandLine sub = target.getSubcommands().get(name);
            if (sub == null || sub.getCommandSpec().usageMessage().hidden()) {
                throw new ParameterException(spec.commandLine(), "no such command: " + String.join(" ", names));
            }
            target = sub;
        }
        target.usage(spec.commandLine().getOut());
    }
}
