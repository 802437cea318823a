package eu.cbss.impt.hub.linkage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.cbss.impt.hub.pseudonymisation.BloomFilterEncoder;
import eu.cbss.impt.hub.pseudonymisation.ChildIdentifiers;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BloomBitsTest {

    private static String filter(String given, String family, String dob) {
        return Children.PSEUDONYMISER.tokensFor(new ChildIdentifiers(given, family, LocalDate.parse(dob), null))
                .nameAndBirthBloom();
    }

    @Test
    void diceOnDecodedLongsIsTheEncodersDice() {
        List<String> filters = List.of(filter("Ana", "Popescu", "2012-03-05"), filter("Ana", "Popesku", "2012-03-05"),
                filter(null, "Popescu", "2012-03-05"), filter("Elena", "Dumitru", "2012-08-21"),
                filter("Ana", "Popescu", "2013-03-05"));
        for (String a : filters) {
            for (String b : filters) {
                assertEquals(BloomFilterEncoder.dice(a, b), BloomBits.decode(a).dice(BloomBits.decode(b)), 1e-12);
            }
        }
    }

    @Test
    void decodingKeepsNoneAndRefusesWhatIsNotAFilter() {
        assertNull(BloomBits.decode(null));
        assertThrows(IllegalArgumentException.class, () -> BloomBits.decode("AAAA"));
        BloomBits bits = BloomBits.decode(filter("Ana", "Popescu", "2012-03-05"));
        assertEquals(bits, BloomBits.decode(filter("Ana", "Popescu", "2012-03-05")));
        assertFalse(bits.toString().contains("Popescu"));
    }
}
