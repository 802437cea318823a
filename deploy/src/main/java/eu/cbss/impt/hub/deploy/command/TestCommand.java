package eu.cbss.impt.hub.deploy.command;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * {@code ./hub test}: listed here for the help only. The {@code hub} script runs it itself, without
 * building the launcher first (CI runs it on a clean clone, and {@code mvn verify} builds everything
 * anyway): it installs Debian's chromium when missing, then runs {@code mvn -B verify}.
 */
@Command(name = "test",
        header = "every test: unit, Arquillian, end-to-end in headless Chromium (mvn -B verify)",
        description = "Installs Debian's chromium when it is missing. Run by the hub script itself, without building"
                + " the launcher first.")
final class TestCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("hub: the hub script runs the tests itself: ./hub test");
        return 1;
    }
}
