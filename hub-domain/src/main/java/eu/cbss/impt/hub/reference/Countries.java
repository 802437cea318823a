package eu.cbss.impt.hub.reference;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** ISO 3166-1 alpha-2 country codes, for citizenship, country of birth and recruitment country. */
public final class Countries {

    private static final Set<String> CODES = Set.of(Locale.getISOCountries());

    private Countries() {
    }

    public static boolean isValid(String code) {
        return code != null && CODES.contains(code);
    }

    public static String name(String code) {
        return new Locale("", code).getDisplayCountry(Locale.ENGLISH);
    }

    /** All codes, ordered by English name. */
    public static List<String> all() {
        return Arrays.stream(Locale.getISOCountries()).sorted(Comparator.comparing(Countries::name)).toList();
    }
}
