package eu.cbss.impt.hub.imports;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The columns of a CSV import: one child per row, rows grouped into one signal by
 * {@code externalRef}. Signal columns are read from a signal's first row; later rows may leave them
 * empty or repeat them. Child columns make one child record per row; a row without any is a
 * signal without individual child records.
 */
public enum CsvColumns {
    EXTERNAL_REF("externalRef", true, false, "Your system's reference; rows with the same one form one signal."),
    GRADE("grade", true, false, "OFFICIAL, MAYBE or ANECDOTAL."),
    SOURCE_TYPE("sourceType", true, false, "Where the information comes from, such as PROFESSIONAL_OBSERVATION."),
    INFORMATION_TYPE("informationType", true, false, "ACCEPTED_TREND, EMERGING_ISSUE or INCIDENT_OR_NARRATIVE."),
    CONCERNS("concerns", true, false, "One or more concern codes separated by ';', such as BEGGING;FORCED_CRIMINALITY."),
    CHILD_SITUATION("childSituation", true, false, "IDENTIFIED_VICTIM, SUSPECTED_VICTIM, EXPLOITATIVE_SITUATION or AT_RISK_CONTEXT."),
    REGION("region", true, false, "NUTS 2021 code of where the child or incident is, such as EE001."),
    OCCURRED_FROM("occurredFrom", true, false, "First day of the period, YYYY-MM-DD."),
    OCCURRED_TO("occurredTo", false, false, "Last day of the period, YYYY-MM-DD; empty for one day."),
    CHILDREN_COUNT("childrenCount", true, false, "How many children the signal concerns (at least its rows with child data)."),
    NARRATIVE("narrative", false, false, "What was observed, without names or other identifying details."),
    SEX("sex", false, true, "F, M or X."),
    AGE("age", false, true, "Age in years, 0 to 17."),
    AGE_BAND("ageBand", false, true, "AGE_0_11, AGE_12_14 or AGE_15_17 when the exact age is not known."),
    CITIZENSHIP("citizenship", false, true, "ISO 3166 two-letter code."),
    COUNTRY_OF_BIRTH("countryOfBirth", false, true, "ISO 3166 two-letter code."),
    RECRUITMENT_COUNTRY("recruitmentCountry", false, true, "ISO 3166 two-letter code."),
    LEGAL_STATUS("legalStatus", false, true, "Such as NATIONAL, EU_CITIZEN or ASYLUM_SEEKER."),
    RETRAFFICKED("retrafficked", false, true, "true or false."),
    GIVEN_NAME("givenName", false, true, "Identifier: turned into linkage tokens, never stored."),
    FAMILY_NAME("familyName", false, true, "Identifier: turned into linkage tokens, never stored."),
    DATE_OF_BIRTH("dateOfBirth", false, true, "Identifier, YYYY-MM-DD: turned into linkage tokens, never stored."),
    ID_NUMBER("idNumber", false, true, "Identifier: turned into linkage tokens, never stored.");

    static final String EXTERNAL_REF_REQUIRED =
            "Required in a bulk import: it makes uploading the same file again create nothing new.";

    private final String header;
    private final boolean required;
    private final boolean child;
    private final String definition;

    CsvColumns(String header, boolean required, boolean child, String definition) {
        this.header = header;
        this.required = required;
        this.child = child;
        this.definition = definition;
    }

    public String header() { return header; }
    public boolean required() { return required; }
    public boolean child() { return child; }
    public String definition() { return definition; }

    /** The identifier columns, which become the {@code identifiers} object of a child. */
    public boolean identifier() {
        return this == GIVEN_NAME || this == FAMILY_NAME || this == DATE_OF_BIRTH || this == ID_NUMBER;
    }

    /** The column of a header, matched without regard to case or surrounding spaces. */
    public static Optional<CsvColumns> ofHeader(String header) {
        String h = header.strip();
        return Arrays.stream(values()).filter(c -> c.header.equalsIgnoreCase(h)).findFirst();
    }

    /** The header line of the template, every column in order. */
    public static List<String> headers() {
        return Arrays.stream(values()).map(CsvColumns::header).toList();
    }
}
