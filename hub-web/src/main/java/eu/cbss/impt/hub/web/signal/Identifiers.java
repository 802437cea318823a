package eu.cbss.impt.hub.web.signal;

import java.time.LocalDate;

/**
 * A child's identifying details as typed in the form: sent to the API once (which turns them into
 * linkage tokens) and never kept. Deliberately not {@link java.io.Serializable}.
 */
public class Identifiers {

    private String givenName;
    private String familyName;
    private LocalDate dateOfBirth;

    public boolean isEmpty() {
        return isBlank(givenName) && isBlank(familyName) && dateOfBirth == null;
    }

    public void clear() {
        givenName = null;
        familyName = null;
        dateOfBirth = null;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String givenName) {
        this.givenName = givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }
}
