package eu.cbss.impt.hub.imports;

import java.util.Locale;
import java.util.Optional;

/** The two file formats of a bulk import, by media type. */
public enum ImportFormat {
    /** One JSON object per line, exactly the body of {@code POST /api/v1/signals}. */
    NDJSON("application/x-ndjson"),
    /** One child per row, rows grouped into signals by {@code externalRef}; see {@link CsvColumns}. */
    CSV("text/csv");

    private final String mediaType;

    ImportFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format of a Content-Type header, parameters ignored; {@code application/ndjson} is accepted too. */
    public static Optional<ImportFormat> ofMediaType(String contentType) {
        if (contentType == null) return Optional.empty();
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return switch (type) {
            case "application/x-ndjson", "application/ndjson" -> Optional.of(NDJSON);
            case "text/csv" -> Optional.of(CSV);
            default -> Optional.empty();
        };
    }
}
