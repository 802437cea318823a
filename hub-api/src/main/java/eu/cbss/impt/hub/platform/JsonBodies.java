package eu.cbss.impt.hub.platform;

import eu.cbss.impt.hub.validation.InvalidInput;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Reads a request body as one JSON object, at most {@link #MAX_BYTES} long. Parse errors name
 * only the position, never the content, which might hold a child's name.
 */
public final class JsonBodies {

    public static final int MAX_BYTES = 1024 * 1024;
    /** How much of a refused body is still read and dropped, so that its sender gets the refusal. */
    private static final long DRAINED_BYTES = 16L * 1024 * 1024;
    /** Created once: Json.createReader looks the provider up through the class loader on every call. */
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    private JsonBodies() {
    }

    public static JsonObject readObject(InputStream body) {
        byte[] bytes = readAtMost(body);
        if (bytes.length == 0) {
            throw new InvalidInput("body", "The body is empty; send a JSON object.");
        }
        try (JsonReader reader = READERS.createReader(new ByteArrayInputStream(bytes))) {
            JsonValue value = reader.readValue();
            if (!(value instanceof JsonObject object)) {
                throw new InvalidInput("body", "The body must be a JSON object.");
            }
            return object;
        } catch (JsonParsingException e) {
            var at = e.getLocation();
            throw new InvalidInput("body", "The body is not valid JSON"
                    + (at == null ? "." : " (line " + at.getLineNumber() + ", column " + at.getColumnNumber() + ")."));
        } catch (JsonException e) {
            throw new InvalidInput("body", "The body is not valid JSON.");
        }
    }

    private static byte[] readAtMost(InputStream body) {
        try {
            byte[] bytes = body.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                drain(body);
                throw new InvalidInput("body", "The body is larger than 1 MiB; split it, or use a bulk import.");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads the rest of a refused body. Answering while the client is still sending left it blocked
     * on a full connection until the server closed it, so it saw "EOF" instead of the 400.
     */
    private static void drain(InputStream body) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long left = DRAINED_BYTES;
        int n;
        while (left > 0 && (n = body.read(buffer, 0, (int) Math.min(buffer.length, left))) >= 0) {
            left -= n;
        }
    }
}
