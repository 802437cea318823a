package eu.cbss.impt.hub.linkage;

import eu.cbss.impt.hub.pseudonymisation.ChildIdentifiers;
import eu.cbss.impt.hub.pseudonymisation.Pseudonymiser;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Builds linkage records of invented children the way intake does: identifiers in, tokens out. */
final class Children {

    static final Pseudonymiser PSEUDONYMISER = new Pseudonymiser(key());

    private Children() {
    }

    static LinkageRecord child(UUID signal, String given, String family, String dateOfBirth) {
        return withId(signal, given, family, dateOfBirth, null);
    }

    static LinkageRecord withId(UUID signal, String given, String family, String dateOfBirth, String idNumber) {
        ChildIdentifiers ids = new ChildIdentifiers(given, family,
                dateOfBirth == null ? null : LocalDate.parse(dateOfBirth), idNumber);
        return LinkageRecord.of(UUID.randomUUID(), signal, PSEUDONYMISER.tokensFor(ids));
    }

    /** A signal with the given children, linked into the index. */
    static LinkageOutcome file(LinkageIndex index, LinkageRecord... children) {
        return index.link(List.of(children));
    }

    static UUID signal() {
        return UUID.randomUUID();
    }

    private static byte[] key() {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) 11);
        return key;
    }
}
