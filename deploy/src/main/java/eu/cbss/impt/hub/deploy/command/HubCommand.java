package eu.cbss.impt.hub.deploy.command;

import eu.cbss.impt.hub.deploy.MseCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code ./hub}: the registry of every command. A new command is one class, listed in {@code
 * subcommands} below (a benchmark in {@link BenchCommand}'s); {@code ./hub help} and each command's
 * {@code --help} are generated from these annotations. Bad options end with picocli's message and exit 2.
 */
@Command(name = "hub",
        synopsisSubcommandLabel = "<command>",
        description = {"The IMPT Hub's one entry point. Every command but test builds the hub first when a source changed.",
            "./hub help <command> or ./hub <command> --help shows a command's options."},
        commandListHeading = "%nCommands:%n",
        subcommands = {
            StartCommand.class,
            DatabaseCommand.class,
            TestCommand.class,
            RotateNarrativeKeyCommand.class,
            BenchCommand.class,
            MseCommand.class,
            HelpCommand.class,
            JvmOptionsTable.class,
        },
        footerHeading = "%nEnvironment (all optional):%n",
        footer = {
            "  HUB_HTTP_PORT=8080                      the hub: UI at /, API at /api/v1, health at /health",
            "  HUB_VAR=<checkout>/var                  data, secrets and logs, kept between runs",
            "  HUB_DB_PORT=5433                        embedded PostgreSQL (127.0.0.1, database hub, user hub)",
            "  HUB_DB_URL, HUB_DB_USER, HUB_DB_PASSWORD an external PostgreSQL instead (jdbc:postgresql://...)",
            "  HUB_KEYCLOAK_PORT=8180                  embedded Keycloak",
            "  HUB_KEYCLOAK_MANAGEMENT_PORT=9180       embedded Keycloak's management interface",
            "  HUB_KEYCLOAK_URL, HUB_WEB_CLIENT_SECRET an external Keycloak with the realm impt instead",
            "                                          (both required; no demo users, no demo data)",
            "  HUB_PSEUDONYMISATION_KEY_FILE           HMAC key file (default: generated in var/secrets)",
            "  HUB_NARRATIVE_KEYS_FILE                 narrative master keys (default: generated in var/secrets)",
            "  HUB_WEB_BASE_URL=http://localhost:8080  the UI's public URL (login redirects)",
            "  HUB_API_URL=http://localhost:8080/api   where the UI calls the API",
            "  HUB_DEMO_DATA=true|false                demo organisations, and the demo signals once",
            "                                          (default: with the embedded Keycloak)",
            "  HUB_PAYARA_JAVA_OPTS=-Xmx1g             Payara Micro's JVM options",
            "  HUB_START_TIMEOUT=300                   seconds each part may take to get ready",
        })
@JvmOptions("-Xmx256m")
public final class HubCommand implements Runnable {

    /** Wide enough for the environment table above; picocli's default is 80. */
    static final int WIDTH = 110;

    /** Inherited: every command, present and future, answers {@code -h} and {@code --help}. */
    @Option(names = {"-h", "--help"}, usageHelp = true, scope = ScopeType.INHERIT, description = "this help")
    boolean help;

    @Spec
    private CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command tree; tests execute it with their own output writers. */
    public static CommandLine commandLine() {
        return new CommandLine(new HubCommand()).setUsageHelpWidth(WIDTH);
    }

    /** {@code ./hub} alone: the help. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
