package eu.cbss.impt.hub.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The hub's generated secrets, in {@code var/secrets/} (folder 0700, files 0600), created on first
 * start and kept: never in the repository.
 *
 * <ul>
 *   <li>{@value #PSEUDONYMISATION_KEY}: 32 random bytes, base64 (no line break): the HMAC key that
 *       turns child identifiers into linkage tokens. Losing it breaks linkage with earlier signals.</li>
 *   <li>{@value #HUB_WEB_CLIENT_SECRET}: the embedded realm's {@code hub-web} client secret.</li>
 * </ul>
 */
public final class Secrets {

    public static final String PSEUDONYMISATION_KEY = "pseudonymisation.key";
    public static final String HUB_WEB_CLIENT_SECRET = "hub-web-client-secret";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path pseudonymisationKeyFile;
    private final String webClientSecret;

    private Secrets(Path pseudonymisationKeyFile, String webClientSecret) {
        this.pseudonymisationKeyFile = pseudonymisationKeyFile;
        this.webClientSecret = webClientSecret;
    }

    /**
     * Reads the secrets, generating those missing. A key file or client secret given in the settings
     * wins over the generated ones (and then nothing is generated for it).
     */
    public static Secrets load(HubSettings settings) {
        Path dir = settings.secretsDir();
        Path keyFile = settings.pseudonymisationKeyFile();
        if (keyFile == null) {
            keyFile = dir.resolve(PSEUDONYMISATION_KEY);
            ensure(keyFile, () -> Base64.getEncoder().encodeToString(randomBytes(32)));
        }
        String clientSecret = settings.webClientSecret();
        if (clientSecret == null) {
            Path f = dir.resolve(HUB_WEB_CLIENT_SECRET);
            ensure(f, () -> Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(32)));
            clientSecret = read(f);
        }
        return new Secrets(keyFile, clientSecret);
    }

    /** The file holding the base64 HMAC key ({@code HUB_PSEUDONYMISATION_KEY_FILE}). */
    public Path pseudonymisationKeyFile() {
        return pseudonymisationKeyFile;
    }

    /** The {@code hub-web} client's secret ({@code HUB_WEB_CLIENT_SECRET}). */
    public String webClientSecret() {
        return webClientSecret;
    }

    private static void ensure(Path file, java.util.function.Supplier<String> content) {
        try {
            Path dir = file.getParent();
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            }
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            if (Files.exists(file) && Files.size(file) > 0) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                return;
            }
            Files.deleteIfExists(file); // an empty file left by a crash
            try {
                // created with 0600 from the start: the secret is never readable by others
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (FileAlreadyExistsException raced) {
                return;
            }
            Files.writeString(file, content.get(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the secret " + file, e);
        }
    }

    private static String read(Path f) {
        try {
            return Files.readString(f, StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the secret " + f, e);
        }
    }

    private static byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }
}
