package eu.cbss.impt.hub.signal;

import eu.cbss.impt.hub.pseudonymisation.ChildIdentifiers;

/** One child as submitted, identifiers included; exists only in memory during intake. */
public record ChildSubmission(Sex sex, Integer age, AgeBand ageBand, String citizenship, String countryOfBirth,
        String recruitmentCountry, LegalStatus legalStatus, Boolean retrafficked, ChildIdentifiers identifiers) {

    /** The band of the exact age when given, else the band given. */
    public AgeBand effectiveAgeBand() {
        return age != null ? AgeBand.of(age) : ageBand;
    }
}
