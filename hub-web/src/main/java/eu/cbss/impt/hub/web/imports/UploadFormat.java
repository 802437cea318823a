package eu.cbss.impt.hub.web.imports;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The two file formats hub-api reads, recognised by the file name's extension. Not by the media
 * type the browser sends: for a {@code .csv} that is {@code text/csv} on one machine and
 * {@code application/vnd.ms-excel} on another.
 */
public enum UploadFormat {
    /** The template's columns, one child per row. */
    CSV("text/csv", ".csv"),
    /** One signal per line, as the body of {@code POST /v1/signals}. */
    NDJSON("application/x-ndjson", ".ndjson", ".jsonl");

    private final String mediaType;
    private final List<String> extensions;

    UploadFormat(String mediaType, String... extensions) {
        this.mediaType = mediaType;
        this.extensions = List.of(extensions);
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format of a file name such as {@code Signals 2026.CSV}; empty for any other extension or none. */
    public static Optional<UploadFormat> ofFileName(String fileName) {
        if (fileName == null) {
            return Optional.empty();
        }
        String name = fileName.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(format -> format.extensions.stream().anyMatch(extension -> name.endsWith(extension) && name.length() > extension.length()))
                .findFirst();
    }
}
