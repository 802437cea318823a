package eu.cbss.impt.hub.imports;

import eu.cbss.impt.hub.signal.SignalSubmissionReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** CSV (RFC 4180, comma-separated, UTF-8): a header of {@link CsvColumns}, then one child per row. */
public final class CsvRows implements ImportRows {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).build();
    private static final Pattern LINE = Pattern.compile("line (\\d+)");

    /** One data row: its number as a spreadsheet shows it (header = 1) and its cells by column. */
    record Row(int row, Map<CsvColumns, String> cells, int size) {
        String get(CsvColumns column) {
            String v = cells.get(column);
            return v == null || v.isBlank() ? null : v.strip();
        }
    }

    private final List<CsvColumns> header;
    private final List<Row> rows;

    private CsvRows(List<CsvColumns> header, List<Row> rows) {
        this.header = header;
        this.rows = rows;
    }

    static CsvRows of(String text) {
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            Iterator<CSVRecord> records = parser.iterator();
            List<CsvColumns> header = header(records.next());
            List<Row> rows = new ArrayList<>();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                Map<CsvColumns, String> cells = new EnumMap<>(CsvColumns.class);
                for (int i = 0; i < Math.min(record.size(), header.size()); i++) {
                    cells.put(header.get(i), record.get(i));
                }
                rows.add(new Row((int) record.getRecordNumber(), cells, record.size()));
                if (rows.size() > ImportFile.MAX_ROWS) {
                    throw ImportFile.refused("The file has more than " + String.format("%,d", ImportFile.MAX_ROWS)
                            + " rows; split it into several files.");
                }
            }
            if (rows.isEmpty()) {
                throw ImportFile.refused("The file has a header but no rows.");
            }
            return new CsvRows(header, rows);
        } catch (UncheckedIOException | IllegalStateException | IOException e) {
            Matcher line = LINE.matcher(String.valueOf(e.getMessage()));
            throw ImportFile.refused("The file is not valid CSV" + (line.find() ? " near line " + line.group(1) : "")
                    + ": a quoted value is not closed, or a closing quote is followed by other characters. "
                    + "Put values that hold commas, quotes or line breaks in double quotes, and double the quotes inside them.");
        }
    }

    private static List<CsvColumns> header(CSVRecord record) {
        if (record.size() == 1 && record.get(0).strip().startsWith("{")) {
            throw ImportFile.refused("The file looks like NDJSON, not CSV; send it as application/x-ndjson.");
        }
        if (record.size() == 1) {
            String only = record.get(0);
            for (String delimiter : List.of(";", "\t", "|")) {
                if (only.contains(delimiter)) {
                    throw ImportFile.refused("The columns are separated by "
                            + (delimiter.equals("\t") ? "tabs" : "'" + delimiter + "'")
                            + "; the hub reads commas (,). Save the file as CSV with commas.");
                }
            }
        }
        List<CsvColumns> columns = new ArrayList<>();
        TreeSet<String> unknown = new TreeSet<>();
        TreeSet<String> repeated = new TreeSet<>();
        for (String name : record) {
            CsvColumns column = CsvColumns.ofHeader(name).orElse(null);
            if (column == null) {
                unknown.add(name.strip().isEmpty() ? "(an empty header)" : name.strip());
            } else if (columns.contains(column)) {
                repeated.add(column.header());
            }
            columns.add(column);
        }
        List<String> problems = new ArrayList<>();
        if (!unknown.isEmpty()) problems.add("unknown column(s) " + String.join(", ", unknown));
        if (!repeated.isEmpty()) problems.add("repeated column(s) " + String.join(", ", repeated));
        List<String> missing = CsvColumns.headers().stream()
                .filter(h -> CsvColumns.ofHeader(h).orElseThrow().required() && !columns.contains(CsvColumns.ofHeader(h).orElseThrow()))
                .toList();
        if (!missing.isEmpty()) problems.add("missing column(s) " + String.join(", ", missing));
        if (!problems.isEmpty()) {
            throw ImportFile.refused("The header row is not the hub's: " + String.join("; ", problems)
                    + ". Start from the template; the columns are " + String.join(", ", CsvColumns.headers()) + ".");
        }
        return columns;
    }

    @Override
    public ImportFormat format() {
        return ImportFormat.CSV;
    }

    @Override
    public int total() {
        return rows.size();
    }

    @Override
    public Iterator<ImportItem> items(SignalSubmissionReader reader) {
        Map<String, List<Row>> groups = new LinkedHashMap<>();
        List<List<Row>> ordered = new ArrayList<>();
        for (Row row : rows) {
            String ref = row.get(CsvColumns.EXTERNAL_REF);
            if (ref == null) {
                ordered.add(List.of(row)); // rejected alone: without a reference it belongs to no signal
            } else {
                groups.computeIfAbsent(ref, r -> {
                    List<Row> group = new ArrayList<>();
                    ordered.add(group);
                    return group;
                }).add(row);
            }
        }
        CsvSignal converter = new CsvSignal(header.size(), reader);
        return ordered.stream().map(converter::read).iterator(); // lazy: one signal read at a time
    }
}
