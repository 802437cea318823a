package eu.cbss.impt.hub.pseudonymisation;

import java.time.LocalDate;

/**
 * A child's identifiers, held in memory only while linkage tokens are derived from them.
 * Never persisted, logged or returned: {@link #toString()} is redacted so that no log line or
 * exception message can carry them by accident.
 */
public record ChildIdentifiers(String givenName, String familyName, LocalDate dateOfBirth, String idNumber) {

    public boolean isEmpty() {
        return blank(givenName) && blank(familyName) && dateOfBirth == null && blank(idNumber);
    }

    boolean hasNameAndDateOfBirth() {
        return !blank(givenName) && !blank(familyName) && dateOfBirth != null;
    }

    boolean hasIdNumber() {
        return !blank(idNumber);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    @Override
    public String toString() {
        return "ChildIdentifiers[redacted]";
    }
}
