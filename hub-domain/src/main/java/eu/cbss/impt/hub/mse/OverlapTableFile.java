package eu.cbss.impt.hub.mse;

import eu.cbss.impt.hub.validation.FieldError;
import eu.cbss.impt.hub.validation.InvalidInput;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an overlap table from tab-separated text: a header naming one column per list and a last
 * column of counts, then one row per combination of lists, as in SparseMSE's data sets.
 *
 * <p>Every broken rule is reported at once, by line and column, in an {@link InvalidInput}.
 */
public final class OverlapTableFile {

    private static final int MAX_ERRORS = 20;

    private final List<FieldError> errors = new ArrayList<>();

    private OverlapTableFile() {
    }

    public static OverlapTable read(Reader text) throws IOException {
        return new OverlapTableFile().parse(new BufferedReader(text));
    }

    private OverlapTable parse(BufferedReader in) throws IOException {
        String headerLine = in.readLine();
        while (headerLine != null && headerLine.isBlank()) headerLine = in.readLine();
        if (headerLine == null) {
            throw invalid("file", "The file is empty; its first line must name the lists and the count column, tab-separated.");
        }
        String[] header = cells(headerLine.replace("\uFEFF", ""));
        List<String> lists = listNames(header, headerLine);
        OverlapTable.Builder table = OverlapTable.over(lists);
        Map<Integer, Integer> firstLine = new HashMap<>();
        int lineNumber = 1;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNumber++;
            if (!line.isBlank()) row(cells(line), lineNumber, header, table, firstLine);
            if (errors.size() >= MAX_ERRORS) {
                errors.add(new FieldError("file", "Reading stopped after " + MAX_ERRORS + " errors."));
                break;
            }
        }
        if (!errors.isEmpty()) throw new InvalidInput("The overlap table is not valid.", errors);
        return table.build();
    }

    private List<String> listNames(String[] header, String line) {
        if (header.length < OverlapTable.MIN_LISTS + 1) {
            String hint = header.length == 1 && line.matches(".*[,; ].*") ? " Columns must be separated by tabs." : "";
            throw invalid("line 1", "An overlap table needs at least " + OverlapTable.MIN_LISTS
                    + " lists (one 0/1 column each) and a last column of counts; the header has "
                    + header.length + " column" + (header.length == 1 ? "" : "s")
                    + (header.length > 1 ? ", so " + (header.length - 1) + " list" + (header.length == 2 ? "" : "s") : "") + "." + hint);
        }
        if (Arrays.stream(header).allMatch(c -> c.matches("-?\\d+"))) {
            throw invalid("line 1", "The first line must name the columns (such as LA, NG, PF, count); it holds numbers.");
        }
        List<String> lists = Arrays.asList(header).subList(0, header.length - 1);
        if (lists.size() > OverlapTable.MAX_LISTS) {
            throw invalid("line 1", "At most " + OverlapTable.MAX_LISTS + " lists can be estimated together; the header names "
                    + lists.size() + ". Group some sources into one list.");
        }
        for (int i = 0; i < lists.size(); i++) {
            if (lists.get(i).isEmpty()) throw invalid("line 1", "Column " + (i + 1) + " has no name.");
            if (lists.indexOf(lists.get(i)) != i) throw invalid("line 1", "The list name " + lists.get(i) + " is used twice.");
        }
        return lists;
    }

    private void row(String[] cells, int line, String[] header, OverlapTable.Builder table, Map<Integer, Integer> firstLine) {
        if (cells.length != header.length) {
            error(line, null, "Has " + cells.length + " columns; the header has " + header.length + ".");
            return;
        }
        int lists = header.length - 1;
        int pattern = 0;
        boolean valid = true;
        for (int i = 0; i < lists; i++) {
            switch (cells[i]) {
                case "1" -> pattern |= 1 << i;
                case "0" -> { }
                default -> {
                    error(line, header[i], "Must be 0 (not on this list) or 1 (on it); it is '" + shorten(cells[i]) + "'.");
                    valid = false;
                }
            }
        }
        if (!valid) return;
        if (pattern == 0) {
            table.note("Line " + line + " (0 on every list) was ignored: cases on no list cannot be counted; they are what is estimated.");
            return;
        }
        Long count = count(cells[lists], line, header[lists]);
        if (count == null) return;
        Integer earlier = firstLine.putIfAbsent(pattern, line);
        if (earlier != null) {
            table.note("Line " + line + " repeats the combination of line " + earlier + "; their counts were added.");
        }
        table.add(pattern, count);
    }

    private Long count(String cell, int line, String column) {
        if (!cell.matches("-?\\d{1,15}")) {
            error(line, column, "Must be a whole number of cases; it is '" + shorten(cell) + "'.");
            return null;
        }
        long count = Long.parseLong(cell);
        if (count < 0) {
            error(line, column, "A number of cases cannot be negative; it is " + count + ".");
            return null;
        }
        return count;
    }

    private static String[] cells(String line) {
        String[] cells = line.split("\t", -1);
        for (int i = 0; i < cells.length; i++) cells[i] = cells[i].strip();
        return cells;
    }

    private static String shorten(String value) {
        return value.length() <= 20 ? value : value.substring(0, 20) + "…";
    }

    private void error(int line, String column, String message) {
        errors.add(new FieldError(column == null ? "line " + line : "line " + line + ", column " + column, message));
    }

    private static InvalidInput invalid(String field, String message) {
        return new InvalidInput("The overlap table is not valid.", List.of(new FieldError(field, message)));
    }
}
