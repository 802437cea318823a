package eu.cbss.impt.hub.pseudonymisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PseudonymiserTest {

    private static byte[] key(int fill) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) fill);
        return key;
    }

    private final Pseudonymiser pseudonymiser = new Pseudonymiser(key(7));
    private final LocalDate dob = LocalDate.of(2012, 3, 5);

    @Test
    void spellingVariantsOfCaseAccentsAndSpacingGiveTheSameToken() {
        var a = pseudonymiser.tokensFor(new ChildIdentifiers("Ana", "Popescu", dob, null));
        var b = pseudonymiser.tokensFor(new ChildIdentifiers(" ANA ", "Popéscu", dob, null));
        assertEquals(a.nameAndBirthToken(), b.nameAndBirthToken());
    }

    @Test
    void aDifferentKeyGivesADifferentToken() {
        var identifiers = new ChildIdentifiers("Ana", "Popescu", dob, "49001010000");
        var other = new Pseudonymiser(key(8)).tokensFor(identifiers);
        var mine = pseudonymiser.tokensFor(identifiers);
        assertNotEquals(mine.nameAndBirthToken(), other.nameAndBirthToken());
        assertNotEquals(mine.idNumberToken(), other.idNumberToken());
    }

    @Test
    void theTokenHoldsNothingOfTheIdentifiers() {
        var tokens = pseudonymiser.tokensFor(new ChildIdentifiers("Ana", "Popescu", dob, "49001010000"));
        String both = tokens.nameAndBirthToken() + tokens.idNumberToken();
        assertFalse(both.toLowerCase().contains("popescu"));
        assertFalse(both.contains("2012"));
        assertFalse(both.contains("49001010000"));
    }

    @Test
    void incompleteIdentifiersGiveNoExactToken() {
        var tokens = pseudonymiser.tokensFor(new ChildIdentifiers("Ana", null, dob, null));
        assertNull(tokens.nameAndBirthToken());
        assertNull(tokens.nameAndBirthBloom());
        assertFalse(tokens.linkable());
    }

    @Test
    void aFamilyNameAndADateOfBirthGiveOnlyABloomFilterWhichMakesTheRecordLinkable() {
        var tokens = pseudonymiser.tokensFor(new ChildIdentifiers(null, "Popescu", dob, null));
        assertNull(tokens.nameAndBirthToken());
        assertNull(tokens.idNumberToken());
        assertEquals(BloomFilterEncoder.ENCODED_LENGTH, tokens.nameAndBirthBloom().length());
        assertTrue(tokens.linkable());
    }

    @Test
    void theBloomFilterIsKeyedWithTheHubKey() {
        var identifiers = new ChildIdentifiers("Ana", "Popescu", dob, null);
        assertEquals(new BloomFilterEncoder(key(7)).encode(identifiers), pseudonymiser.tokensFor(identifiers).nameAndBirthBloom());
        assertNotEquals(pseudonymiser.tokensFor(identifiers).nameAndBirthBloom(),
                new Pseudonymiser(key(8)).tokensFor(identifiers).nameAndBirthBloom());
    }

    @Test
    void identifiersNeverAppearInTheirOwnTextForm() {
        assertEquals("ChildIdentifiers[redacted]", new ChildIdentifiers("Ana", "Popescu", dob, "1").toString());
    }

    @Test
    void aShortKeyIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Pseudonymiser(new byte[16]));
    }
}
