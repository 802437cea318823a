package eu.cbss.impt.hub.signal;

/** Legal status of the child in the hub's country (CBSS "Hard Data" minimum data set). */
public enum LegalStatus implements Coded {
    NATIONAL("National", "A citizen of the hub's country."),
    EU_CITIZEN("EU/EEA citizen", "A citizen of another EU or EEA country."),
    THIRD_COUNTRY_REGULAR("Third-country national, regular stay", "A non-EU/EEA national with a right to stay."),
    THIRD_COUNTRY_IRREGULAR("Third-country national, irregular stay", "A non-EU/EEA national without a right to stay."),
    ASYLUM_SEEKER("Asylum seeker", "Has applied for international protection."),
    REFUGEE_OR_PROTECTED("Refugee or protected", "Has refugee status or subsidiary protection."),
    STATELESS("Stateless", "Has no citizenship."),
    UNKNOWN("Unknown", "Not known to the organisation.");

    private final String label;
    private final String definition;

    LegalStatus(String label, String definition) {
        this.label = label;
        this.definition = definition;
    }

    @Override public String label() { return label; }
    @Override public String definition() { return definition; }
}
