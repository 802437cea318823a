package eu.cbss.impt.hub.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Optional;

/** The downloadable template and examples, shipped with the hub and read by the same tests as any upload. */
public enum ImportTemplates {
    TEMPLATE_CSV("signals-template.csv", ImportFormat.CSV),
    EXAMPLE_CSV("signals-example.csv", ImportFormat.CSV),
    EXAMPLE_NDJSON("signals-example.ndjson", ImportFormat.NDJSON);

    private final String fileName;
    private final ImportFormat format;

    ImportTemplates(String fileName, ImportFormat format) {
        this.fileName = fileName;
        this.format = format;
    }

    public String fileName() { return fileName; }
    public ImportFormat format() { return format; }

    public byte[] bytes() {
        try (InputStream in = ImportTemplates.class.getResourceAsStream(fileName)) {
            if (in == null) throw new IllegalStateException("Missing resource " + fileName);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Optional<ImportTemplates> named(String fileName) {
        return Arrays.stream(values()).filter(t -> t.fileName.equals(fileName)).findFirst();
    }
}
