package eu.cbss.impt.hub.signal;

import eu.cbss.impt.hub.pseudonymisation.ChildIdentifiers;
import eu.cbss.impt.hub.reference.Countries;
import eu.cbss.impt.hub.reference.RegionCode;
import eu.cbss.impt.hub.validation.FieldError;
import eu.cbss.impt.hub.validation.InvalidInput;
import eu.cbss.impt.hub.validation.JsonFields;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the JSON of {@code POST /api/v1/signals} into a {@link SignalSubmission}, checking every
 * rule of the contract and reporting all broken ones at once as {@link InvalidInput}.
 */
public final class SignalSubmissionReader {

    public static final int MAX_NARRATIVE = 20_000;
    public static final int MAX_CHILDREN = 1_000;
    public static final int MAX_CHILDREN_COUNT = 100_000;

    private static final Set<String> SIGNAL_FIELDS = Set.of("externalRef", "grade", "sourceType", "informationType",
            "concerns", "childSituation", "region", "occurredFrom", "occurredTo", "childrenCount", "children", "narrative");
    private static final Set<String> CHILD_FIELDS = Set.of("sex", "age", "ageBand", "citizenship", "countryOfBirth",
            "recruitmentCountry", "legalStatus", "retrafficked", "identifiers");
    private static final Set<String> IDENTIFIER_FIELDS = Set.of("givenName", "familyName", "dateOfBirth", "idNumber");

    private final Clock clock;

    public SignalSubmissionReader(Clock clock) {
        this.clock = clock;
    }

    public SignalSubmission read(JsonObject json) {
        List<FieldError> errors = new ArrayList<>();
        JsonFields f = new JsonFields(json, "", errors);
        f.rejectUnknown(SIGNAL_FIELDS);

        String externalRef = f.string("externalRef", false, 100);
        Grade grade = f.code("grade", Grade.class, true);
        SourceType sourceType = f.code("sourceType", SourceType.class, true);
        InformationType informationType = f.code("informationType", InformationType.class, true);
        Set<Concern> concerns = concerns(f);
        ChildSituation childSituation = f.code("childSituation", ChildSituation.class, true);
        RegionCode region = region(f);
        // One day of grace: "today" is UTC here, and east of UTC a user's today is already tomorrow.
        LocalDate latestAllowed = LocalDate.now(clock).plusDays(1);
        LocalDate occurredFrom = notInFuture(f, "occurredFrom", f.date("occurredFrom", true), latestAllowed);
        LocalDate occurredTo = notInFuture(f, "occurredTo", f.date("occurredTo", false), latestAllowed);
        if (occurredFrom != null && occurredTo != null && occurredTo.isBefore(occurredFrom)) {
            f.error("occurredTo", "Must be on or after occurredFrom.");
        }
        Integer childrenCount = f.integer("childrenCount", true, 1, MAX_CHILDREN_COUNT,
                "Must be a number of children from 1 to " + String.format("%,d", MAX_CHILDREN_COUNT) + ".");
        LocalDate periodEnd = occurredTo != null ? occurredTo : occurredFrom;
        List<ChildSubmission> children = children(f, occurredFrom != null ? occurredFrom : latestAllowed,
                periodEnd != null ? periodEnd : latestAllowed, errors);
        if (childrenCount != null && childrenCount < children.size()) {
            f.error("childrenCount", "Must be at least the number of child records (" + children.size() + ").");
        }
        String narrative = f.string("narrative", false, MAX_NARRATIVE);

        if (!errors.isEmpty()) {
            throw new InvalidInput("The signal is not valid: " + errors.size()
                    + (errors.size() == 1 ? " field needs" : " fields need") + " correcting.", errors);
        }
        return new SignalSubmission(externalRef, grade, sourceType, informationType, concerns, childSituation, region,
                occurredFrom, occurredTo, childrenCount, children, narrative);
    }

    private static Set<Concern> concerns(JsonFields f) {
        List<String> codes = f.strings("concerns", true);
        Set<Concern> concerns = EnumSet.noneOf(Concern.class);
        if (codes == null) return concerns;
        for (int i = 0; i < codes.size(); i++) {
            Concern c = f.toCode(f.path("concerns") + "[" + i + "]", codes.get(i), Concern.class);
            if (c != null) concerns.add(c);
        }
        if (codes.isEmpty()) f.error("concerns", "Name at least one concern.");
        return concerns;
    }

    private static RegionCode region(JsonFields f) {
        String code = f.string("region", true, 10);
        if (code == null) return null;
        if (!RegionCode.isValid(code)) {
            f.error("region", "Must be a NUTS 2021 code of a CBSS country, such as EE001.");
            return null;
        }
        return new RegionCode(code);
    }

    private static LocalDate notInFuture(JsonFields f, String name, LocalDate date, LocalDate latestAllowed) {
        if (date != null && date.isAfter(latestAllowed)) {
            f.error(name, "Must not be in the future.");
            return null;
        }
        return date;
    }

    private List<ChildSubmission> children(JsonFields f, LocalDate occurred, LocalDate periodEnd, List<FieldError> errors) {
        JsonArray array = f.array("children", false);
        List<ChildSubmission> children = new ArrayList<>();
        if (array == null) return children;
        if (array.size() > MAX_CHILDREN) {
            f.error("children", "At most " + MAX_CHILDREN + " child records per signal.");
            return children;
        }
        for (int i = 0; i < array.size(); i++) {
            String path = f.path("children") + "[" + i + "]";
            if (!(array.get(i) instanceof JsonObject child)) {
                errors.add(new FieldError(path, "Must be an object."));
                continue;
            }
            children.add(child(new JsonFields(child, path, errors), occurred, periodEnd));
        }
        return children;
    }

    private static ChildSubmission child(JsonFields c, LocalDate occurred, LocalDate periodEnd) {
        c.rejectUnknown(CHILD_FIELDS);
        Sex sex = c.code("sex", Sex.class, false);
        Integer age = c.integer("age", false, 0, 17, "A child is aged 0 to 17: anyone under 18 is a child.");
        AgeBand ageBand = c.code("ageBand", AgeBand.class, false);
        if (age != null && ageBand != null && !ageBand.contains(age)) {
            c.error("ageBand", "Does not contain the age given (" + age + ").");
        }
        String citizenship = country(c, "citizenship");
        String countryOfBirth = country(c, "countryOfBirth");
        String recruitmentCountry = country(c, "recruitmentCountry");
        LegalStatus legalStatus = c.code("legalStatus", LegalStatus.class, false);
        Boolean retrafficked = c.bool("retrafficked");
        ChildIdentifiers identifiers = identifiers(c, occurred, periodEnd);
        return new ChildSubmission(sex, age, ageBand, citizenship, countryOfBirth, recruitmentCountry, legalStatus,
                retrafficked, identifiers);
    }

    private static String country(JsonFields c, String name) {
        String code = c.string(name, false, 2);
        if (code != null && !Countries.isValid(code)) {
            c.error(name, "Must be an ISO 3166 two-letter country code, such as EE or RO.");
            return null;
        }
        return code;
    }

    private static ChildIdentifiers identifiers(JsonFields c, LocalDate occurred, LocalDate periodEnd) {
        JsonObject json = c.object("identifiers");
        if (json == null) return null;
        JsonFields id = new JsonFields(json, c.path("identifiers"), c.errors());
        id.rejectUnknown(IDENTIFIER_FIELDS);
        String givenName = id.string("givenName", false, 200);
        String familyName = id.string("familyName", false, 200);
        String idNumber = id.string("idNumber", false, 64);
        LocalDate dateOfBirth = id.date("dateOfBirth", false);
        if (dateOfBirth != null) {
            if (dateOfBirth.isAfter(periodEnd)) {
                id.error("dateOfBirth", "Is after the period of the signal: the child was not yet born then.");
            } else if (Period.between(dateOfBirth, occurred).getYears() >= 18) {
                id.error("dateOfBirth", "The person was 18 or older when it happened: the hub is for children.");
            }
        }
        ChildIdentifiers identifiers = new ChildIdentifiers(givenName, familyName, dateOfBirth, idNumber);
        return identifiers.isEmpty() ? null : identifiers;
    }
}
