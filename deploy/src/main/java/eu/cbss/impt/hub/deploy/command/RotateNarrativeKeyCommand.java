package eu.cbss.impt.hub.deploy.command;

import eu.cbss.impt.hub.deploy.Launcher;
import picocli.CommandLine.Command;

/** {@code ./hub rotate-narrative-key}. */
@Command(name = "rotate-narrative-key",
        header = "a new narrative master key, made current (the running hub picks it up)",
        description = {"Then re-wrap the narratives' data keys as hub-admin: POST /api/v1/admin/narrative-keys/rewrap",
            "(docs/running.md)."})
@JvmOptions("-Xmx64m")
final class RotateNarrativeKeyCommand implements Runnable {

    @Override
    public void run() {
        Launcher.rotateNarrativeKey();
    }
}
