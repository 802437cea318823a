package eu.cbss.impt.hub.web.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.cbss.impt.hub.web.signal.NarrativeScreening.Kind;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NarrativeScreeningTest {

    private static Identifiers child(String given, String family, LocalDate dob) {
        Identifiers i = new Identifiers();
        i.setGivenName(given);
        i.setFamilyName(family);
        i.setDateOfBirth(dob);
        return i;
    }

    private static Set<Kind> kinds(String narrative, Identifiers... children) {
        return NarrativeScreening.screen(narrative, List.of(children)).kinds();
    }

    @Test
    void theChildsOwnNameOrDateOfBirthIsFound() {
        Identifiers ana = child("Ana", "Popéscu", LocalDate.of(2012, 3, 5));
        assertEquals(Set.of(Kind.CHILD_NAME), kinds("POPESCU was seen at the station.", ana));
        assertEquals(Set.of(Kind.CHILD_DATE_OF_BIRTH), kinds("Born 05.03.2012, she says.", ana));
        assertEquals(Set.of(), kinds("Banana sellers at the station; an analysis follows.", ana), "parts of words are not names");
    }

    @Test
    void phoneNumbersAndEmailAddressesAreFound() {
        assertEquals(Set.of(Kind.PHONE), kinds("Call +372 5123 4567 after six."));
        assertEquals(Set.of(Kind.EMAIL), kinds("He wrote from boss.man@example.org."));
        assertEquals(Set.of(), kinds("Seen on 2026-10-01 and 14.10.2026, twice, 3 girls."), "dates are not phone numbers");
    }

    @Test
    void personalIdNumbersOfCbssCountriesAreFound() {
        for (var example : List.of(
                List.of("EE", "Her isikukood is 61203050123."),
                List.of("LV", "Personas kods 050312-21234 on a form."),
                List.of("FI", "Henkilötunnus 050312A123B."),
                List.of("SE", "Personnummer 120305-1234."),
                List.of("DK", "CPR 050312-1234."))) {
            var findings = NarrativeScreening.screen(example.get(1), List.of());
            assertTrue(findings.kinds().contains(Kind.PERSONAL_ID), example.toString());
            assertTrue(findings.idCountries().contains(example.get(0)), example + " -> " + findings.idCountries());
        }
    }

    @Test
    void anOrdinaryNarrativeRaisesNoWarning() {
        assertTrue(NarrativeScreening.screen("Two girls seen begging at the station every weekend, collected by an "
                + "adult man in a grey van. Reported by the school on 2026-10-14.", List.of()).isEmpty());
    }
}
