package eu.cbss.impt.hub.reference;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** ISO 3166-1 alpha-2 country codes, for citizenship, country of birth and recruitment country. */
public final class Countries {

    /** XK: Kosovo, a user-assigned code the EU and Eurostat use; Java's list lacks it. */
    private static final String KOSOVO = "XK";
    private static final Set<String> CODES = codes();

    private Countries() {
    }

    public static boolean isValid(String code) {
        return code != null && CODES.contains(code);
    }

    public static String name(String code) {
        return KOSOVO.equals(code) ? "Kosovo" : new Locale("", code).getDisplayCountry(Locale.ENGLISH);
    }

    /** All codes, ordered by English name. */
    public static List<String> all() {
        return CODES.stream().sorted(Comparator.comparing(Countries::name)).toList();
    }

    private static Set<String> codes() {
        Set<String> codes = new java.util.HashSet<>(Arrays.asList(Locale.getISOCountries()));
        codes.add(KOSOVO);
        return Set.copyOf(codes);
    }
}
