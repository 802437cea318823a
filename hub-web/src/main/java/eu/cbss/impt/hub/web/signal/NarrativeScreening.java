package eu.cbss.impt.hub.web.signal;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Looks for identifying details in a narrative before it is filed: the child's own name or date of
 * birth typed in the same form, phone numbers, e-mail addresses and the personal ID number formats
 * of the CBSS countries. It only warns: the author decides. Findings name kinds, never the text found.
 */
public final class NarrativeScreening {

    public enum Kind { CHILD_NAME, CHILD_DATE_OF_BIRTH, EMAIL, PHONE, PERSONAL_ID }

    /** What was found: kinds, and for personal ID numbers the countries whose format matched. */
    public record Findings(Set<Kind> kinds, Set<String> idCountries) {
        public boolean isEmpty() {
            return kinds.isEmpty();
        }
    }

    private static final String DAY = "(0[1-9]|[12]\\d|3[01])";
    private static final String MONTH = "(0[1-9]|1[0-2])";
    /** Formats of personal ID numbers, by country (ISO 3166), as written in everyday documents. */
    private static final Map<String, Pattern> PERSONAL_IDS = new LinkedHashMap<>();

    static {
        PERSONAL_IDS.put("EE", id("[1-6]\\d{2}" + MONTH + DAY + "\\d{4}"));                 // isikukood
        PERSONAL_IDS.put("LT", id("[1-6]\\d{2}" + MONTH + DAY + "\\d{4}"));                 // asmens kodas
        PERSONAL_IDS.put("LV", id("(" + DAY + MONTH + "\\d{2}|3[2-9]\\d{4})-?\\d{5}"));     // personas kods
        PERSONAL_IDS.put("PL", id("\\d{2}([02468][1-9]|[13579][0-2])" + DAY + "\\d{5}"));   // PESEL
        PERSONAL_IDS.put("FI", id(DAY + MONTH + "\\d{2}[-+A-FU-Y]\\d{3}[0-9A-Y]"));         // henkilötunnus
        PERSONAL_IDS.put("SE", id("(\\d{2})?\\d{2}" + MONTH + "(" + DAY + "|[6-8]\\d|9[01])[-+]\\d{4}")); // personnummer
        PERSONAL_IDS.put("NO", id("(" + DAY + "|[4-7]\\d)" + MONTH + "\\d{2}\\d{5}"));     // fødselsnummer
        PERSONAL_IDS.put("DK", id(DAY + MONTH + "\\d{2}-\\d{4}"));                          // CPR-nummer
        PERSONAL_IDS.put("IS", id("(" + DAY + "|[4-7]\\d)" + MONTH + "\\d{2}-\\d{4}"));     // kennitala
        PERSONAL_IDS.put("DE", id("[1-9]\\d{10}"));                                         // Steuer-ID
    }

    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    private static final Pattern PHONE_CANDIDATE = Pattern.compile("(?<![\\w+])\\+?\\(?\\d[\\d ().-]{5,}\\d(?!\\w)");
    private static final Pattern DATE_LIKE = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}");

    private NarrativeScreening() {
    }

    private static Pattern id(String regex) {
        return Pattern.compile("(?<![\\w-])" + regex + "(?![\\w-])");
    }

    public static Findings screen(String narrative, List<Identifiers> children) {
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        Set<String> countries = new TreeSet<>();
        if (narrative == null || narrative.isBlank()) {
            return new Findings(kinds, countries);
        }
        String folded = fold(narrative);
        for (Identifiers child : children) {
            if (mentions(folded, child.getGivenName()) || mentions(folded, child.getFamilyName())) {
                kinds.add(Kind.CHILD_NAME);
            }
            if (child.getDateOfBirth() != null && mentionsDate(narrative, child.getDateOfBirth())) {
                kinds.add(Kind.CHILD_DATE_OF_BIRTH);
            }
        }
        if (EMAIL.matcher(narrative).find()) {
            kinds.add(Kind.EMAIL);
        }
        List<int[]> idSpans = new ArrayList<>();
        PERSONAL_IDS.forEach((country, pattern) -> {
            Matcher m = pattern.matcher(narrative);
            while (m.find()) {
                countries.add(country);
                idSpans.add(new int[] {m.start(), m.end()});
            }
        });
        if (!countries.isEmpty()) {
            kinds.add(Kind.PERSONAL_ID);
        }
        if (hasPhoneNumber(narrative, idSpans)) {
            kinds.add(Kind.PHONE);
        }
        return new Findings(kinds, countries);
    }

    /** Seven to fifteen digits written as a phone number, not a date and not an ID number already found. */
    private static boolean hasPhoneNumber(String narrative, List<int[]> idSpans) {
        Matcher m = PHONE_CANDIDATE.matcher(narrative);
        while (m.find()) {
            String candidate = m.group().strip();
            long digits = candidate.chars().filter(Character::isDigit).count();
            boolean insideId = idSpans.stream().anyMatch(s -> m.start() < s[1] && s[0] < m.end());
            if (digits >= 7 && digits <= 15 && !DATE_LIKE.matcher(candidate).matches() && !insideId) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentions(String foldedNarrative, String name) {
        if (name == null) {
            return false;
        }
        for (String part : fold(name).split("[^\\p{L}]+")) {
            if (part.length() >= 2 && Pattern.compile("(?<!\\p{L})" + Pattern.quote(part) + "(?!\\p{L})")
                    .matcher(foldedNarrative).find()) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentionsDate(String narrative, LocalDate date) {
        for (String format : List.of("yyyy-MM-dd", "dd.MM.yyyy", "d.M.yyyy", "dd/MM/yyyy", "d/M/yyyy", "dd.MM.yy")) {
            if (narrative.contains(date.format(DateTimeFormatter.ofPattern(format)))) {
                return true;
            }
        }
        return false;
    }

    /** Lower case without accents, so "Popéscu" in the form finds "POPESCU" in the text. */
    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
