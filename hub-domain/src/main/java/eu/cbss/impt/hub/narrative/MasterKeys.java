package eu.cbss.impt.hub.narrative;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keyring of master keys that wrap the narratives' data keys: id → 256-bit AES key, one of them
 * current (new data keys are wrapped with it). Read from a small text file of {@code id=base64key}
 * lines; a {@code current=id} line names the current key, else the last key is current. Lines
 * starting with {@code #} and blank lines are ignored. Keys are never removed by the hub: an old
 * key stays until no data key is wrapped with it any more.
 */
public final class MasterKeys {

    public static final int KEY_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Map<String, SecretKey> keys;
    private final String currentId;

    private MasterKeys(Map<String, SecretKey> keys, String currentId) {
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("The keyring holds no master key.");
        }
        if (!keys.containsKey(currentId)) {
            throw new IllegalArgumentException("The current master key " + currentId + " is not in the keyring.");
        }
        this.keys = Collections.unmodifiableMap(new LinkedHashMap<>(keys));
        this.currentId = currentId;
    }

    /** A keyring of one key. */
    public static MasterKeys of(String id, byte[] key) {
        Map<String, SecretKey> m = new LinkedHashMap<>();
        m.put(checkId(id), aes(key, id));
        return new MasterKeys(m, id);
    }

    /** Parses the keys file's text; the message of the exception never quotes a key. */
    public static MasterKeys parse(String text) {
        Map<String, SecretKey> m = new LinkedHashMap<>();
        String current = null;
        String last = null;
        int n = 0;
        for (String raw : text.split("\\R")) {
            n++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("Line " + n + " of the keys file is not id=base64key.");
            }
            String id = line.substring(0, eq).strip();
            String value = line.substring(eq + 1).strip();
            if (id.equals("current")) {
                current = value;
                continue;
            }
            byte[] key;
            try {
                key = Base64.getDecoder().decode(value);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Line " + n + " of the keys file: the key is not base64.");
            }
            if (m.put(checkId(id), aes(key, id)) != null) {
                throw new IllegalArgumentException("The keys file names the key " + id + " twice.");
            }
            last = id;
        }
        return new MasterKeys(m, current != null ? current : last);
    }

    /** A new random 256-bit key with a fresh id, made current; the others are kept. */
    public MasterKeys withNewCurrentKey() {
        String id = "k" + ID_TIME.format(Instant.now()) + "-" + HexFormat.of().formatHex(randomBytes(2));
        Map<String, SecretKey> m = new LinkedHashMap<>(keys);
        m.put(id, aes(randomBytes(KEY_BYTES), id));
        return new MasterKeys(m, id);
    }

    /** A keyring of one fresh random key. */
    public static MasterKeys generate() {
        String id = "k" + ID_TIME.format(Instant.now()) + "-" + HexFormat.of().formatHex(randomBytes(2));
        return of(id, randomBytes(KEY_BYTES));
    }

    /** The keys file's text for this keyring (holds the keys: write it with mode 0600). */
    public String render() {
        StringBuilder out = new StringBuilder("# IMPT Hub narrative master keys: id=base64(256-bit AES key). Keep secret; never delete a key\n"
                + "# while data keys are wrapped with it. Rotate with ./hub rotate-narrative-key.\n");
        keys.forEach((id, k) -> out.append(id).append('=').append(Base64.getEncoder().encodeToString(k.getEncoded())).append('\n'));
        out.append("current=").append(currentId).append('\n');
        return out.toString();
    }

    public String currentId() {
        return currentId;
    }

    SecretKey current() {
        return keys.get(currentId);
    }

    Optional<SecretKey> key(String id) {
        return Optional.ofNullable(keys.get(id));
    }

    public java.util.Set<String> ids() {
        return keys.keySet();
    }

    private static String checkId(String id) {
        if (!id.matches("[A-Za-z0-9._-]{1,40}")) {
            throw new IllegalArgumentException("A master key id is 1 to 40 letters, digits, '.', '_' or '-'.");
        }
        return id;
    }

    private static SecretKey aes(byte[] key, String id) {
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("The master key " + id + " is not 256 bits.");
        }
        return new SecretKeySpec(key, "AES");
    }

    static byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }

    @Override
    public String toString() {
        return "MasterKeys" + keys.keySet() + " current " + currentId; // never the keys
    }
}
