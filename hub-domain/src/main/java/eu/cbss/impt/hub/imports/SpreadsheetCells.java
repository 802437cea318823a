package eu.cbss.impt.hub.imports;

/**
 * Formula injection (OWASP "CSV injection"): a spreadsheet runs a cell that starts with
 * {@code = + - @} as a formula. Imports refuse such values; exports neutralise them.
 */
public final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    public static boolean looksLikeFormula(String value) {
        if (value == null || value.isEmpty()) return false;
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** The message for a refused value; it names the character, never the value. */
    public static String formulaMessage(String value) {
        char first = value.charAt(0);
        String shown = first == '\t' ? "a tab" : first == '\r' ? "a carriage return" : "'" + first + "'";
        return "Starts with " + shown + ", which a spreadsheet would run as a formula; remove that first character.";
    }

    /** A value safe to put in an exported cell: a leading formula character is escaped with an apostrophe. */
    public static String neutralise(String value) {
        return looksLikeFormula(value) ? "'" + value : value;
    }
}
