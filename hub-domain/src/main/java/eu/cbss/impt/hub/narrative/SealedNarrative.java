package eu.cbss.impt.hub.narrative;

import java.util.Arrays;
import java.util.Objects;

/**
 * A narrative as stored: AES-256-GCM ciphertext (with its tag) under a per-record data key, the
 * 96-bit nonce, the data key wrapped by master key {@code keyId} (wrap nonce, then the GCM-sealed
 * key and tag), and that key's id. Nothing in it reveals the narrative without a master key.
 */
public record SealedNarrative(byte[] ciphertext, byte[] nonce, byte[] wrappedDataKey, String keyId) {

    public SealedNarrative {
        Objects.requireNonNull(ciphertext);
        Objects.requireNonNull(nonce);
        Objects.requireNonNull(wrappedDataKey);
        Objects.requireNonNull(keyId);
        ciphertext = ciphertext.clone();
        nonce = nonce.clone();
        wrappedDataKey = wrappedDataKey.clone();
    }

    @Override public byte[] ciphertext() { return ciphertext.clone(); }
    @Override public byte[] nonce() { return nonce.clone(); }
    @Override public byte[] wrappedDataKey() { return wrappedDataKey.clone(); }

    @Override
    public boolean equals(Object o) {
        return o instanceof SealedNarrative s && Arrays.equals(ciphertext, s.ciphertext) && Arrays.equals(nonce, s.nonce)
                && Arrays.equals(wrappedDataKey, s.wrappedDataKey) && keyId.equals(s.keyId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(ciphertext), Arrays.hashCode(nonce), Arrays.hashCode(wrappedDataKey), keyId);
    }

    @Override
    public String toString() {
        return "SealedNarrative[" + ciphertext.length + " bytes, key " + keyId + "]";
    }
}
