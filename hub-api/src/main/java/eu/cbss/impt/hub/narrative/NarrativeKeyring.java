package eu.cbss.impt.hub.narrative;

import eu.cbss.impt.hub.platform.ApiSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The narratives' master keys, from the keys file named by configuration only ({@value
 * ApiSettings#NARRATIVE_KEYS_FILE}). The file is checked on each use (modification time and size)
 * and re-read when it changed: a rotation takes effect without restarting the hub.
 */
@ApplicationScoped
public class NarrativeKeyring {

    private static final Logger LOG = Logger.getLogger(NarrativeKeyring.class.getName());

    @Inject
    @ConfigProperty(name = ApiSettings.NARRATIVE_KEYS_FILE)
    Optional<String> keysFile;

    private record Loaded(FileTime modified, long size, NarrativeCipher cipher) {
    }

    private volatile Loaded loaded;

    /** A cipher with the keyring as the keys file holds it now. */
    public NarrativeCipher cipher() {
        Path file = keysFile.filter(f -> !f.isBlank()).map(Path::of).orElseThrow(KeysMissing::new);
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            long size = Files.size(file);
            Loaded l = loaded;
            if (l != null && l.modified().equals(modified) && l.size() == size) {
                return l.cipher();
            }
            synchronized (this) {
                l = loaded;
                if (l != null && l.modified().equals(modified) && l.size() == size) {
                    return l.cipher();
                }
                MasterKeys keys = MasterKeys.parse(Files.readString(file, StandardCharsets.US_ASCII));
                loaded = new Loaded(modified, size, new NarrativeCipher(keys));
                LOG.info(() -> "Narrative master keys loaded: " + keys); // ids only, never keys
                return loaded.cipher();
            }
        } catch (IOException | IllegalArgumentException e) {
            LOG.warning(() -> "The narrative keys file " + file + " cannot be used: " + e.getClass().getSimpleName()
                    + (e instanceof IllegalArgumentException ? " (" + e.getMessage() + ")" : ""));
            throw new KeysMissing();
        }
    }

    public boolean configured() {
        try {
            cipher();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The keys file is not configured, missing or malformed: the hub answers 503 rather than store plain text. */
    public static class KeysMissing extends RuntimeException {
        KeysMissing() {
            super("The hub's narrative master keys are not configured or cannot be read ("
                    + ApiSettings.NARRATIVE_KEYS_FILE + ").");
        }
    }
}
