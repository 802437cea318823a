package eu.cbss.impt.hub.narrative;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NarrativeCipherTest {

    static final String TEXT = "Two girls seen begging at the station Zamfirescu every weekend — ünïcödé.";
    final UUID signal = UUID.randomUUID();
    final MasterKeys keys = MasterKeys.generate();
    final NarrativeCipher cipher = new NarrativeCipher(keys);

    @Test
    void roundTrip() {
        SealedNarrative sealed = cipher.seal(signal, TEXT);
        assertEquals(TEXT, cipher.open(signal, sealed));
        assertEquals(keys.currentId(), sealed.keyId());
        assertEquals(12, sealed.nonce().length);
        assertEquals(12 + 32 + 16, sealed.wrappedDataKey().length);
    }

    @Test
    void eachSealingUsesAFreshKeyAndNonce() {
        SealedNarrative a = cipher.seal(signal, TEXT);
        SealedNarrative b = cipher.seal(signal, TEXT);
        assertNotEquals(HexFormat.of().formatHex(a.ciphertext()), HexFormat.of().formatHex(b.ciphertext()));
        assertNotEquals(HexFormat.of().formatHex(a.wrappedDataKey()), HexFormat.of().formatHex(b.wrappedDataKey()));
    }

    @Test
    void theCiphertextHoldsNoPlaintext() {
        SealedNarrative sealed = cipher.seal(signal, TEXT);
        for (byte[] part : new byte[][] {sealed.ciphertext(), sealed.nonce(), sealed.wrappedDataKey()}) {
            String latin = new String(part, StandardCharsets.ISO_8859_1);
            assertFalse(latin.contains("Zamfirescu"));
            assertFalse(latin.contains("station"));
            assertFalse(Base64.getEncoder().encodeToString(part).contains("Zamfirescu"));
        }
    }

    @Test
    void tamperingIsDetected() {
        SealedNarrative sealed = cipher.seal(signal, TEXT);
        byte[] c = sealed.ciphertext();
        c[3] ^= 1;
        assertThrows(NarrativeUnreadable.class, () -> cipher.open(signal, new SealedNarrative(c, sealed.nonce(),
                sealed.wrappedDataKey(), sealed.keyId())));
        byte[] n = sealed.nonce();
        n[0] ^= 1;
        assertThrows(NarrativeUnreadable.class, () -> cipher.open(signal, new SealedNarrative(sealed.ciphertext(), n,
                sealed.wrappedDataKey(), sealed.keyId())));
        byte[] w = sealed.wrappedDataKey();
        w[20] ^= 1;
        assertThrows(NarrativeUnreadable.class, () -> cipher.open(signal, new SealedNarrative(sealed.ciphertext(),
                sealed.nonce(), w, sealed.keyId())));
    }

    @Test
    void aCiphertextMovedToAnotherSignalDoesNotOpen() {
        SealedNarrative sealed = cipher.seal(signal, TEXT);
        assertThrows(NarrativeUnreadable.class, () -> cipher.open(UUID.randomUUID(), sealed));
    }

    @Test
    void anotherKeyringCannotOpen() {
        SealedNarrative sealed = cipher.seal(signal, TEXT);
        assertThrows(NarrativeUnreadable.class, () -> new NarrativeCipher(MasterKeys.generate()).open(signal, sealed));
        MasterKeys sameIdOtherKey = MasterKeys.of(keys.currentId(), new byte[32]);
        assertThrows(NarrativeUnreadable.class, () -> new NarrativeCipher(sameIdOtherKey).open(signal, sealed));
    }

    @Test
    void rewrapMovesTheDataKeyToTheNewMasterKeyOnly() {
        SealedNarrative sealed = cipher.seal(signal, TEXT);
        MasterKeys rotated = keys.withNewCurrentKey();
        assertNotEquals(keys.currentId(), rotated.currentId());
        NarrativeCipher after = new NarrativeCipher(rotated);
        assertEquals(TEXT, after.open(signal, sealed), "old records stay readable after rotation");

        SealedNarrative rewrapped = after.rewrap(signal, sealed);
        assertEquals(rotated.currentId(), rewrapped.keyId());
        assertArrayEquals(sealed.ciphertext(), rewrapped.ciphertext(), "the narrative ciphertext is not touched");
        assertArrayEquals(sealed.nonce(), rewrapped.nonce());

        String newKeyOnly = rotated.render().lines()
                .filter(l -> !l.startsWith(keys.currentId() + "=")).reduce("", (a, b) -> a + b + "\n");
        NarrativeCipher withoutOld = new NarrativeCipher(MasterKeys.parse(newKeyOnly));
        assertEquals(TEXT, withoutOld.open(signal, rewrapped));
        assertThrows(NarrativeUnreadable.class, () -> withoutOld.open(signal, sealed));
        assertThrows(NarrativeUnreadable.class, () -> cipher.open(signal, rewrapped));
        assertEquals(rewrapped, after.rewrap(signal, rewrapped), "already under the current key: unchanged");
    }

    @Test
    void theKeysFileParsesAndRenders() {
        String k1 = Base64.getEncoder().encodeToString(new byte[32]);
        byte[] other = new byte[32];
        other[0] = 7;
        String k2 = Base64.getEncoder().encodeToString(other);
        MasterKeys lastIsCurrent = MasterKeys.parse("# comment\n\nk1=" + k1 + "\nk2 = " + k2 + "\n");
        assertEquals("k2", lastIsCurrent.currentId());
        MasterKeys named = MasterKeys.parse("k1=" + k1 + "\nk2=" + k2 + "\ncurrent=k1\n");
        assertEquals("k1", named.currentId());
        MasterKeys again = MasterKeys.parse(named.render());
        assertEquals(named.ids(), again.ids());
        assertEquals("k1", again.currentId());
        SealedNarrative sealed = new NarrativeCipher(named).seal(signal, TEXT);
        assertEquals(TEXT, new NarrativeCipher(again).open(signal, sealed));

        assertThrows(IllegalArgumentException.class, () -> MasterKeys.parse(""));
        assertThrows(IllegalArgumentException.class, () -> MasterKeys.parse("k1=" + k1 + "\ncurrent=k9"));
        assertThrows(IllegalArgumentException.class, () -> MasterKeys.parse("k1=c2hvcnQ="));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MasterKeys.parse("k1 " + k1));
        assertFalse(e.getMessage().contains(k1), "messages never quote a key");
        assertFalse(named.toString().contains(k1));
        assertTrue(named.render().contains(k1));
    }
}
