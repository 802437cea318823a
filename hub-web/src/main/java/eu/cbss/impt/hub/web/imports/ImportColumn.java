package eu.cbss.impt.hub.web.imports;

import java.util.List;

import eu.cbss.impt.hub.web.i18n.UiText;

/**
 * A column of the CSV template, for the page's help: its header, whether the header must have it,
 * what it describes (the signal, a child, or a child's identifier) and, for a coded column, the
 * code list whose codes it takes ({@code codes.terms(codeList)}). Names and order are those of
 * hub-api's {@code signals-template.csv} ({@code ImportColumnTest} compares them).
 */
public record ImportColumn(String name, boolean required, Level level, String codeList) {

    public enum Level {
        SIGNAL, CHILD, IDENTIFIER
    }

    public static final List<ImportColumn> ALL = List.of(
            signal("externalRef", true, null), signal("grade", true, "grade"), signal("sourceType", true, "sourceType"),
            signal("informationType", true, "informationType"), signal("concerns", true, "concern"),
            signal("childSituation", true, "childSituation"), signal("region", true, null),
            signal("occurredFrom", true, null), signal("occurredTo", false, null),
            signal("childrenCount", true, null), signal("narrative", false, null),
            child("sex", "sex"), child("age", null), child("ageBand", "ageBand"), child("citizenship", null),
            child("countryOfBirth", null), child("recruitmentCountry", null), child("legalStatus", "legalStatus"),
            child("retrafficked", null),
            identifier("givenName"), identifier("familyName"), identifier("dateOfBirth"), identifier("idNumber"));

    private static ImportColumn signal(String name, boolean required, String codeList) {
        return new ImportColumn(name, required, Level.SIGNAL, codeList);
    }

    private static ImportColumn child(String name, String codeList) {
        return new ImportColumn(name, false, Level.CHILD, codeList);
    }

    private static ImportColumn identifier(String name) {
        return new ImportColumn(name, false, Level.IDENTIFIER, null);
    }

    /** The bundle key of what the column means. */
    public String helpKey() {
        return "import.column." + name;
    }

    /** What the column means, in the page's language. */
    public String help() {
        return UiText.text(helpKey());
    }

    /** Signal, child or identifier, in the page's language. */
    public String levelLabel() {
        return UiText.text("import.level." + level.name());
    }

    public boolean isCoded() {
        return codeList != null;
    }
}
