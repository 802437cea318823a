package eu.cbss.impt.hub.imports;

import eu.cbss.impt.hub.validation.FieldError;
import eu.cbss.impt.hub.validation.InvalidInput;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The checks on a file as a whole, before any row is read: not empty, UTF-8, no NUL byte, within
 * the limits. A file that fails them is refused whole with an error on the field {@code file};
 * nothing of it is stored. Messages name lines, never content.
 */
public final class ImportFile {

    public static final int MAX_BYTES = 64 * 1024 * 1024;
    public static final int MAX_ROWS = 250_000;
    static final String FIELD = "file";

    private ImportFile() {
    }

    /** Checks the file and splits it into rows of its format. */
    public static ImportRows read(ImportFormat format, byte[] bytes) {
        String text = decode(bytes);
        return format == ImportFormat.NDJSON ? NdjsonRows.of(text) : CsvRows.of(text);
    }

    static String decode(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw refused("The file is larger than " + MAX_BYTES / (1024 * 1024) + " MiB; split it into several files.");
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw refused("The file holds a NUL byte on line " + lineAt(bytes, i)
                        + ": it is not a text file, or it is damaged. Export it again as UTF-8 text.");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw refused("The file is not UTF-8 (line " + lineAt(bytes, in.position()) + "). Save it as UTF-8; "
                    + "in a spreadsheet choose \"CSV UTF-8\".");
        }
        decoder.flush(out);
        String text = out.flip().toString();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // the byte order mark spreadsheets write
        }
        if (text.isBlank()) {
            throw refused("The file is empty: it has no rows.");
        }
        return text;
    }

    static InvalidInput refused(String message) {
        return new InvalidInput("The file cannot be imported: " + message, List.of(new FieldError(FIELD, message)));
    }

    private static int lineAt(byte[] bytes, int position) {
        int line = 1;
        for (int i = 0; i < position; i++) {
            if (bytes[i] == '\n') line++;
        }
        return line;
    }
}
