package eu.cbss.impt.hub.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The hub's generated secrets, in {@code var/secrets/} (folder 0700, files 0600), created on first
 * start and kept: never in the repository.
 *
 * <ul>
 *   <li>{@value #PSEUDONYMISATION_KEY}: 32 random bytes, base64 (no line break): the HMAC key that
 *       turns child identifiers into linkage tokens. Losing it breaks linkage with earlier signals.</li>
 *   <li>{@value #NARRATIVE_KEYS}: the narratives' master keys, {@code id=base64key} lines (256-bit AES
 *       keys) and a {@code current=id} line. {@link #rotateNarrativeKey} adds one and makes it current;
 *       losing a key that still wraps data keys makes those narratives unreadable.</li>
 *   <li>{@value #HUB_WEB_CLIENT_SECRET}: the embedded realm's {@code hub-web} client secret.</li>
 * </ul>
 */
public final class Secrets {

    public static final String PSEUDONYMISATION_KEY = "pseudonymisation.key";
    public static final String HUB_WEB_CLIENT_SECRET = "hub-web-client-secret";
    public static final String NARRATIVE_KEYS = "narrative-keys";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path pseudonymisationKeyFile;
    private final Path narrativeKeysFile;
    private final String webClientSecret;

    private Secrets(Path pseudonymisationKeyFile, Path narrativeKeysFile, String webClientSecret) {
        this.pseudonymisationKeyFile = pseudonymisationKeyFile;
        this.narrativeKeysFile = narrativeKeysFile;
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
        Path narrativeKeys = settings.narrativeKeysFile();
        if (narrativeKeys == null) {
            narrativeKeys = dir.resolve(NARRATIVE_KEYS);
            ensure(narrativeKeys, () -> HEADER + newKeyLine(newKeyId()));
        }
        String clientSecret = settings.webClientSecret();
        if (clientSecret == null) {
            Path f = dir.resolve(HUB_WEB_CLIENT_SECRET);
            ensure(f, () -> Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(32)));
            clientSecret = read(f);
        }
        return new Secrets(keyFile, narrativeKeys, clientSecret);
    }

    /** The file holding the base64 HMAC key ({@code HUB_PSEUDONYMISATION_KEY_FILE}). */
    public Path pseudonymisationKeyFile() {
        return pseudonymisationKeyFile;
    }

    /** The narratives' master keys ({@code HUB_NARRATIVE_KEYS_FILE}). */
    public Path narrativeKeysFile() {
        return narrativeKeysFile;
    }

    /** The narrative keys file that {@code start} uses with these settings (generated or given). */
    public static Path narrativeKeysFile(HubSettings settings) {
        return settings.narrativeKeysFile() != null ? settings.narrativeKeysFile()
                : settings.secretsDir().resolve(NARRATIVE_KEYS);
    }

    /**
     * Adds a new random master key to the keys file and makes it current; the older keys stay (they
     * still wrap data keys until they are re-wrapped). The file is replaced atomically, mode 0600, so
     * a running hub reads either the old or the new keyring. Returns the new key's id.
     */
    public static String rotateNarrativeKey(Path keysFile) {
        try {
            if (!Files.isRegularFile(keysFile)) {
                throw new IllegalStateException("There is no narrative keys file at " + keysFile
                        + ": start the hub once to generate it, or set HUB_NARRATIVE_KEYS_FILE.");
            }
            String id = newKeyId();
            StringBuilder out = new StringBuilder();
            for (String line : Files.readAllLines(keysFile, StandardCharsets.US_ASCII)) {
                if (!line.strip().startsWith("current=") && !line.strip().startsWith("current =")) {
                    out.append(line).append('\n');
                }
            }
            out.append(newKeyLine(id));
            Path tmp = keysFile.resolveSibling(keysFile.getFileName() + ".new");
            Files.deleteIfExists(tmp);
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(tmp, out, StandardCharsets.US_ASCII);
            Files.move(tmp, keysFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return id;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rotate the narrative key in " + keysFile, e);
        }
    }

    private static final String HEADER = "# IMPT Hub narrative master keys: id=base64(256-bit AES key); current= names the one\n"
            + "# that wraps new data keys. Secret. Rotate with ./hub rotate-narrative-key; never delete a key\n"
            + "# that still wraps data keys (see docs/privacy.md).\n";

    private static String newKeyId() {
        return "k" + DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(Instant.now())
                + "-" + HexFormat.of().formatHex(randomBytes(2));
    }

    private static String newKeyLine(String id) {
        return id + "=" + Base64.getEncoder().encodeToString(randomBytes(32)) + "\ncurrent=" + id + "\n";
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
