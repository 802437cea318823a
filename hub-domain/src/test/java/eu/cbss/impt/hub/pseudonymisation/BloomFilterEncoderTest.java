package eu.cbss.impt.hub.pseudonymisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class BloomFilterEncoderTest {

    private static byte[] key(int fill) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) fill);
        return key;
    }

    private final BloomFilterEncoder encoder = new BloomFilterEncoder(key(7));

    private String filter(String given, String family, String dob) {
        return encoder.encode(new ChildIdentifiers(given, family, dob == null ? null : LocalDate.parse(dob), null));
    }

    private static double report(String rule, double dice) {
        System.out.printf(Locale.ROOT, "BloomFilterEncoderTest: %s: Dice %.3f%n", rule, dice);
        return dice;
    }

    @Test
    void theSameIdentifiersGiveTheSameFilter() {
        assertEquals(filter("Ana", "Popescu", "2012-03-05"), filter("Ana", "Popescu", "2012-03-05"));
        assertEquals(filter("Ana", "Popescu", "2012-03-05"), filter(" ANA ", "Popéscu", "2012-03-05"));
        assertEquals(1.0, BloomFilterEncoder.dice(filter("Ana", "Popescu", "2012-03-05"),
                filter("Ana", "Popescu", "2012-03-05")));
    }

    @Test
    void aOneLetterTypoInTheFamilyNameKeepsTheFiltersClose() {
        List<String[]> typos = List.of(
                new String[] {"Ana", "Popescu", "Popesku", "2012-03-05"},
                new String[] {"Mirabela", "Vasilescu", "Vasilesku", "2011-07-29"},
                new String[] {"Andrei", "Ionescu", "Ionesco", "2009-11-14"},
                new String[] {"Maria", "Kowalska", "Kowalsca", "2013-01-30"},
                new String[] {"Ana", "Popescu", "Popescou", "2012-03-05"},
                new String[] {"Ana", "Popescu", "Popecu", "2012-03-05"});
        for (String[] t : typos) {
            double dice = report("typo " + t[1] + "/" + t[2],
                    BloomFilterEncoder.dice(filter(t[0], t[1], t[3]), filter(t[0], t[2], t[3])));
            assertTrue(dice >= 0.85, t[1] + "/" + t[2] + ": " + dice);
        }
    }

    @Test
    void swappedGivenAndFamilyNamesGiveTheSameFilter() {
        double dice = report("swapped names", BloomFilterEncoder.dice(
                filter("Ana", "Popescu", "2012-03-05"), filter("Popescu", "Ana", "2012-03-05")));
        assertEquals(1.0, dice);
    }

    @Test
    void aMissingGivenNameKeepsTheFiltersFairlyClose() {
        double dice = report("missing given name", BloomFilterEncoder.dice(
                filter("Mirabela", "Vasilescu", "2011-07-29"), filter(null, "Vasilescu", "2011-07-29")));
        assertTrue(dice >= 0.6, "missing given name: " + dice);
    }

    @Test
    void differentChildrenOfTheSameYearGiveDistantFilters() {
        List<String[][]> pairs = List.of(
                new String[][] {{"Ana", "Popescu", "2012-03-05"}, {"Elena", "Dumitru", "2012-08-21"}},
                new String[][] {{"Andrei", "Ionescu", "2009-11-14"}, {"Mihai", "Constantin", "2009-04-02"}},
                new String[][] {{"Maria", "Kowalska", "2013-01-30"}, {"Anna", "Nowak", "2013-06-11"}},
                new String[][] {{"Mirabela", "Vasilescu", "2011-07-29"}, {"Ioana", "Popa", "2011-07-03"}});
        for (String[][] p : pairs) {
            double dice = report("different " + p[0][1] + "/" + p[1][1], BloomFilterEncoder.dice(
                    filter(p[0][0], p[0][1], p[0][2]), filter(p[1][0], p[1][1], p[1][2])));
            assertTrue(dice < 0.6, p[0][1] + "/" + p[1][1] + ": " + dice);
        }
    }

    @Test
    void aDifferentChildWithTheSameGivenNameAndMonthStaysBelowATypo() {
        double dice = report("near neighbour Ana Popescu/Ana Popa", BloomFilterEncoder.dice(
                filter("Ana", "Popescu", "2012-03-05"), filter("Ana", "Popa", "2012-03-18")));
        assertTrue(dice < 0.75, "near neighbour: " + dice);
    }

    @Test
    void aDifferentYearOfBirthGivesAnUnrelatedFilterBecauseOfTheSalt() {
        double dice = report("same name, other birth year", BloomFilterEncoder.dice(
                filter("Ana", "Popescu", "2012-03-05"), filter("Ana", "Popescu", "2011-03-05")));
        assertTrue(dice < 0.6, "other year: " + dice);
    }

    @Test
    void aDifferentHubKeyGivesAnUnrelatedFilter() {
        var identifiers = new ChildIdentifiers("Ana", "Popescu", LocalDate.parse("2012-03-05"), null);
        double dice = report("other hub key", BloomFilterEncoder.dice(
                encoder.encode(identifiers), new BloomFilterEncoder(key(8)).encode(identifiers)));
        assertTrue(dice < 0.6, "other key: " + dice);
    }

    @Test
    void theFilterHasTheDocumentedLength() {
        for (String[] p : List.of(new String[] {"Ana", "Pop"}, new String[] {"Mirabela", "Vasilescu-Dumitrache"})) {
            String bloom = filter(p[0], p[1], "2011-07-29");
            assertEquals(BloomFilterEncoder.ENCODED_LENGTH, bloom.length());
            assertEquals(86, bloom.length());
            assertEquals(512, Base64.getUrlDecoder().decode(bloom).length * 8);
            assertEquals(BloomFilterEncoder.STORED_BITS, Base64.getUrlDecoder().decode(bloom).length * 8);
        }
    }

    @Test
    void noIdentifierCanBeReadFromTheFilter() {
        String bloom = filter("Mirabela", "Vasilescu-Dumitrache", "2011-07-29").toLowerCase(Locale.ROOT);
        for (String identifier : List.of("mirabela", "vasilescu", "dumitrache", "mir", "vas", "dum", "2011")) {
            assertFalse(bloom.contains(identifier), identifier);
        }
        String decoded = new String(Base64.getUrlDecoder().decode(filter("Mirabela", "Vasilescu", "2011-07-29")),
                java.nio.charset.StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        assertFalse(decoded.contains("mira") || decoded.contains("vasi") || decoded.contains("2011"));
    }

    @Test
    void aFilterNeedsAFamilyNameAndADateOfBirth() {
        assertNull(filter("Ana", null, "2012-03-05"));
        assertNull(filter("Ana", " - ", "2012-03-05"));
        assertNull(filter("Ana", "Popescu", null));
        assertNotNull(filter(null, "Popescu", "2012-03-05"));
    }

    @Test
    void diceRefusesWhatIsNotAStoredFilter() {
        assertThrows(IllegalArgumentException.class, () -> BloomFilterEncoder.dice(null, filter("Ana", "Pop", "2012-03-05")));
        assertThrows(IllegalArgumentException.class, () -> BloomFilterEncoder.dice("AAAA", filter("Ana", "Pop", "2012-03-05")));
    }
}
