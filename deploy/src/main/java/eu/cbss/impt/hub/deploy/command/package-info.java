/**
 * {@code ./hub}'s commands: {@link eu.cbss.impt.hub.deploy.command.HubCommand} is the one registry
 * (picocli), and its help and every command's {@code --help} are generated from it.
 *
 * <p>A command is one class annotated {@code @Command} that implements {@code Callable<Integer>} (its
 * options are {@code @Option} fields), listed in the {@code subcommands} of {@link
 * eu.cbss.impt.hub.deploy.command.HubCommand} (or of {@link eu.cbss.impt.hub.deploy.command.BenchCommand}
 * for a benchmark); {@link eu.cbss.impt.hub.deploy.command.JvmOptions} on it sets its JVM's options.
 * The classes here only parse and delegate: the work stays with its feature ({@code Launcher},
 * {@code IntakeBench}, ...). A benchmark extends {@link eu.cbss.impt.hub.deploy.command.Benchmark},
 * which keeps standard output to its one JSON line. See {@code deploy/README.md}.
 */
package eu.cbss.impt.hub.deploy.command;
