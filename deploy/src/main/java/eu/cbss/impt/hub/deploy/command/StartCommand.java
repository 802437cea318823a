package eu.cbss.impt.hub.deploy.command;

import eu.cbss.impt.hub.deploy.Launcher;
import picocli.CommandLine.Command;

/** {@code ./hub start}. */
@Command(name = "start",
        header = "the hub in the foreground, built first when needed; Ctrl-C or SIGTERM stops everything",
        description = "Embedded PostgreSQL, Keycloak with the demo realm, Payara Micro with hub-api and hub-web, demo data.")
@JvmOptions({"-Xmx256m", JvmOptions.ADD_OPENS})
final class StartCommand implements Runnable {

    @Override
    public void run() {
        Launcher.start();
    }
}
