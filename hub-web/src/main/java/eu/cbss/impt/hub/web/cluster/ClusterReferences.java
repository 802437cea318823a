package eu.cbss.impt.hub.web.cluster;

import java.util.Locale;
import java.util.regex.Pattern;

/** How a coordinator names another cluster: its id, or its short reference "C-1A2B3C4D" (the id's first eight characters). */
final class ClusterReferences {

    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern SHORT = Pattern.compile("(?:c-?)?([0-9a-f]{8})");

    private ClusterReferences() {
    }

    /** The full id typed (lower case), or null if the text is not one. */
    static String id(String text) {
        if (text == null) return null;
        String t = text.strip().toLowerCase(Locale.ROOT);
        return ID.matcher(t).matches() ? t : null;
    }

    /** The eight hex characters of a short reference ("C-1a2b3c4d", "c1a2b3c4d" or "1a2b3c4d"), or null. */
    static String prefix(String text) {
        if (text == null) return null;
        var m = SHORT.matcher(text.strip().toLowerCase(Locale.ROOT));
        return m.matches() ? m.group(1) : null;
    }
}
