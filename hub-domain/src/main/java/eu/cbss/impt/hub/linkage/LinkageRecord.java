package eu.cbss.impt.hub.linkage;

import eu.cbss.impt.hub.pseudonymisation.LinkageTokens;
import java.util.Objects;
import java.util.UUID;

/**
 * What linkage knows of one child record: its id, its signal, and its linkage tokens; nothing else.
 * Sex, age and citizenship are left out on purpose: they are not error-free either (an age band
 * moves with time, a sex is recorded as unknown), and the Bloom filter already carries the name's
 * gendered ending.
 *
 * @param nameAndBirthToken exact token of given name, family name and date of birth, or null
 * @param idNumberToken exact token of the ID number, or null
 * @param bloom the Bloom filter of name and date of birth, or null (no family name or no full date)
 */
public record LinkageRecord(UUID id, UUID signal, String nameAndBirthToken, String idNumberToken, BloomBits bloom) {

    public LinkageRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(signal, "signal");
    }

    /** From the tokens kept with a child record; the filter is decoded here, once. */
    public static LinkageRecord of(UUID id, UUID signal, LinkageTokens tokens) {
        return new LinkageRecord(id, signal, tokens.nameAndBirthToken(), tokens.idNumberToken(),
                BloomBits.decode(tokens.nameAndBirthBloom()));
    }

    @Override
    public String toString() {
        return "LinkageRecord[" + id + " of signal " + signal + "]";
    }
}
