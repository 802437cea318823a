package eu.cbss.impt.hub.reference;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** The NUTS 2021 regions of the CBSS countries, shipped in {@code reference/nuts2021_regions_cbss.csv}. */
public final class NutsRegions {

    private static final String RESOURCE = "/reference/nuts2021_regions_cbss.csv";
    private static final NutsRegions CBSS = load();

    private final Map<String, NutsRegion> byCode;

    private NutsRegions(Map<String, NutsRegion> byCode) {
        this.byCode = Collections.unmodifiableMap(byCode);
    }

    public static NutsRegions cbss() {
        return CBSS;
    }

    public Optional<NutsRegion> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    /** Regions of one country at levels 1 to 3, in file order. */
    public List<NutsRegion> ofCountry(String country) {
        return byCode.values().stream()
                .filter(r -> r.level() > 0 && r.country().equals(country))
                .toList();
    }

    public int size() {
        return byCode.size();
    }

    private static NutsRegions load() {
        var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build();
        try (Reader in = new InputStreamReader(NutsRegions.class.getResourceAsStream(RESOURCE), StandardCharsets.UTF_8)) {
            Map<String, NutsRegion> regions = new LinkedHashMap<>();
            for (CSVRecord row : format.parse(in)) {
                regions.put(row.get("code"), new NutsRegion(row.get("code"), row.get("name"),
                        Integer.parseInt(row.get("level")), row.get("parent")));
            }
            return new NutsRegions(regions);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }
}
