package eu.cbss.impt.hub.deploy.command;

import eu.cbss.impt.hub.deploy.Launcher;
import picocli.CommandLine.Command;

/** {@code ./hub database}. */
@Command(name = "database", header = "only the embedded PostgreSQL, in the foreground (for running the API elsewhere)")
@JvmOptions({"-Xmx256m", JvmOptions.ADD_OPENS})
final class DatabaseCommand implements Runnable {

    @Override
    public void run() {
        Launcher.database();
    }
}
