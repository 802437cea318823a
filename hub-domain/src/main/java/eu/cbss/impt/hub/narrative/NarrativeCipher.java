package eu.cbss.impt.hub.narrative;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Envelope encryption of narratives with one keyring. Each narrative gets a random 256-bit data key;
 * the text is sealed with AES-256-GCM (random 96-bit nonce, associated data = the signal's id, so a
 * ciphertext moved to another signal does not open); the data key is sealed the same way with the
 * current master key (associated data = the signal's id and the master key's id).
 */
public final class NarrativeCipher {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String AES_GCM = "AES/GCM/NoPadding";

    private final MasterKeys keys;

    public NarrativeCipher(MasterKeys keys) {
        this.keys = keys;
    }

    public MasterKeys keys() {
        return keys;
    }

    public SealedNarrative seal(UUID signalId, String narrative) {
        byte[] dataKey = MasterKeys.randomBytes(MasterKeys.KEY_BYTES);
        try {
            byte[] nonce = MasterKeys.randomBytes(NONCE_BYTES);
            byte[] ciphertext = gcm(Cipher.ENCRYPT_MODE, new SecretKeySpec(dataKey, "AES"), nonce, ad(signalId),
                    narrative.getBytes(StandardCharsets.UTF_8));
            return new SealedNarrative(ciphertext, nonce, wrap(signalId, dataKey), keys.currentId());
        } finally {
            Arrays.fill(dataKey, (byte) 0);
        }
    }

    public String open(UUID signalId, SealedNarrative sealed) {
        byte[] dataKey = unwrap(signalId, sealed);
        try {
            return new String(gcm(Cipher.DECRYPT_MODE, new SecretKeySpec(dataKey, "AES"), sealed.nonce(), ad(signalId),
                    sealed.ciphertext()), StandardCharsets.UTF_8);
        } catch (IllegalStateException e) {
            throw new NarrativeUnreadable("The narrative of signal " + signalId + " does not open: altered or moved.", e);
        } finally {
            Arrays.fill(dataKey, (byte) 0);
        }
    }

    /** The same ciphertext and nonce with the data key re-wrapped under the current master key. */
    public SealedNarrative rewrap(UUID signalId, SealedNarrative sealed) {
        if (sealed.keyId().equals(keys.currentId())) {
            return sealed;
        }
        byte[] dataKey = unwrap(signalId, sealed);
        try {
            return new SealedNarrative(sealed.ciphertext(), sealed.nonce(), wrap(signalId, dataKey), keys.currentId());
        } finally {
            Arrays.fill(dataKey, (byte) 0);
        }
    }

    private byte[] wrap(UUID signalId, byte[] dataKey) {
        byte[] nonce = MasterKeys.randomBytes(NONCE_BYTES);
        byte[] sealedKey = gcm(Cipher.ENCRYPT_MODE, keys.current(), nonce, wrapAd(signalId, keys.currentId()), dataKey);
        return ByteBuffer.allocate(NONCE_BYTES + sealedKey.length).put(nonce).put(sealedKey).array();
    }

    private byte[] unwrap(UUID signalId, SealedNarrative sealed) {
        SecretKey master = keys.key(sealed.keyId()).orElseThrow(() -> new NarrativeUnreadable(
                "The master key " + sealed.keyId() + " of signal " + signalId + "'s narrative is not in the keyring.", null));
        byte[] wrapped = sealed.wrappedDataKey();
        if (wrapped.length <= NONCE_BYTES) {
            throw new NarrativeUnreadable("The wrapped data key of signal " + signalId + " is too short.", null);
        }
        try {
            return gcm(Cipher.DECRYPT_MODE, master, Arrays.copyOf(wrapped, NONCE_BYTES), wrapAd(signalId, sealed.keyId()),
                    Arrays.copyOfRange(wrapped, NONCE_BYTES, wrapped.length));
        } catch (IllegalStateException e) {
            throw new NarrativeUnreadable("The data key of signal " + signalId + " does not unwrap: altered or moved.", e);
        }
    }

    private static byte[] ad(UUID signalId) {
        return ("impt-narrative:" + signalId).getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] wrapAd(UUID signalId, String keyId) {
        return ("impt-narrative-data-key:" + signalId + ":" + keyId).getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] gcm(int mode, SecretKey key, byte[] nonce, byte[] ad, byte[] input) {
        try {
            Cipher c = Cipher.getInstance(AES_GCM);
            c.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            c.updateAAD(ad);
            return c.doFinal(input);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new IllegalStateException("GCM tag mismatch", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM failed", e);
        }
    }
}
