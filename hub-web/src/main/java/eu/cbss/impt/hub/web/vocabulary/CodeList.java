package eu.cbss.impt.hub.web.vocabulary;

/**
 * The code lists of the vocabulary: the member of {@code GET /v1/vocabulary} that carries it and
 * the prefix of its labels in the resource bundle ({@code grade.OFFICIAL=Official data}).
 */
public enum CodeList {
    GRADE("grades", "grade"),
    SOURCE_TYPE("sourceTypes", "sourceType"),
    INFORMATION_TYPE("informationTypes", "informationType"),
    CHILD_SITUATION("childSituations", "childSituation"),
    CONCERN("concerns", "concern"),
    SEX("sexes", "sex"),
    AGE_BAND("ageBands", "ageBand"),
    LEGAL_STATUS("legalStatuses", "legalStatus"),
    COUNTRY("countries", "country"),
    REGION("regions", "region"),
    ORGANISATION_TYPE("organisationTypes", "organisationType"),
    ORGANISATION_LEVEL("organisationLevels", "organisationLevel"),
    /** Not in the vocabulary: fixed by the contract, labelled from the bundle only. */
    REVIEW_STATUS(null, "reviewStatus");

    private final String member;
    private final String prefix;

    CodeList(String member, String prefix) {
        this.member = member;
        this.prefix = prefix;
    }

    public String member() {
        return member;
    }

    public String prefix() {
        return prefix;
    }

    public static CodeList byPrefix(String prefix) {
        for (CodeList list : values()) {
            if (list.prefix.equals(prefix)) {
                return list;
            }
        }
        throw new IllegalArgumentException("No code list " + prefix);
    }
}
