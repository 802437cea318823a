package eu.cbss.impt.hub.pseudonymisation;

import eu.cbss.impt.hub.platform.ApiSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The hub's pseudonymisation key, from configuration only (an environment variable or a key file
 * outside the repository). Without it the hub is not ready and refuses to pseudonymise.
 */
@ApplicationScoped
public class PseudonymiserProducer {

    @Inject
    @ConfigProperty(name = ApiSettings.PSEUDONYMISATION_KEY)
    Optional<String> key;

    @Inject
    @ConfigProperty(name = ApiSettings.PSEUDONYMISATION_KEY_FILE)
    Optional<String> keyFile;

    private volatile Pseudonymiser pseudonymiser;

    @Produces
    public Pseudonymiser pseudonymiser() {
        Pseudonymiser p = pseudonymiser;
        if (p == null) {
            p = Pseudonymiser.fromBase64(encodedKey().orElseThrow(() -> new KeyMissing()));
            pseudonymiser = p;
        }
        return p;
    }

    public boolean configured() {
        try {
            pseudonymiser();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private Optional<String> encodedKey() {
        if (key.isPresent() && !key.get().isBlank()) {
            return key;
        }
        return keyFile.filter(f -> !f.isBlank()).map(f -> {
            try {
                return Files.readString(Path.of(f), StandardCharsets.US_ASCII);
            } catch (IOException e) {
                throw new KeyMissing();
            }
        });
    }

    /** The key is not configured or cannot be read: the hub answers 503 rather than store anything. */
    public static class KeyMissing extends RuntimeException {
        KeyMissing() {
            super("The hub's pseudonymisation key is not configured (" + ApiSettings.PSEUDONYMISATION_KEY + " or "
                    + ApiSettings.PSEUDONYMISATION_KEY_FILE + ").");
        }
    }
}
