package eu.cbss.impt.hub.signal;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/**
 * The body of {@code POST /api/v1/signals}, for the OpenAPI description only: the API reads the
 * JSON itself ({@link SignalSubmissionReader}) so that every broken rule is reported by field.
 * Properties whose type is a code, a list or another object are described on the class: Payara
 * copies the schema of such a property inline when it carries its own {@code @Schema}, and loses
 * the items of a list (docs/api-guide.md, "Describing the API").
 */
@Schema(name = "SignalRequest", requiredProperties = {"grade", "sourceType", "informationType", "concerns",
        "childSituation", "region", "occurredFrom", "childrenCount"}, properties = {
        @SchemaProperty(name = "concerns", minItems = 1, uniqueItems = true),
        @SchemaProperty(name = "children", maxItems = 1000, description = "The children it is about, as far as known; "
                + "at most childrenCount")})
public record SignalRequest(
        @Schema(description = "Unique per organisation; re-posting it returns the signal already filed", maxLength = 100) String externalRef,
        Grade grade,
        SourceType sourceType,
        InformationType informationType,
        List<Concern> concerns,
        ChildSituation childSituation,
        @Schema(description = "NUTS 2021 code (level 0 to 3) of a CBSS country where the child or incident is", example = "EE001", maxLength = 5) String region,
        @Schema(description = "Not in the future") LocalDate occurredFrom,
        @Schema(description = "On or after occurredFrom") LocalDate occurredTo,
        @Schema(minimum = "1", maximum = "100000", description = "At least the number of child records") int childrenCount,
        List<Child> children,
        @Schema(maxLength = 20000) String narrative) {

    /** A child: age, or ageBand when the exact age is not known. */
    @Schema(name = "ChildRequest", description = "A child of a signal: age, or ageBand when the exact age is not known")
    public record Child(Sex sex,
            @Schema(minimum = "0", maximum = "17") Integer age,
            AgeBand ageBand,
            @Schema(description = "ISO 3166-1 alpha-2", example = "RO") String citizenship,
            @Schema(example = "RO") String countryOfBirth,
            @Schema(example = "RO") String recruitmentCountry,
            LegalStatus legalStatus,
            Boolean retrafficked,
            Identifiers identifiers) {
    }

    @Schema(name = "ChildIdentifiers", writeOnly = true, description = "Write-only: turned into keyed linkage tokens "
            + "at intake, never stored, logged or returned")
    public record Identifiers(@Schema(maxLength = 200) String givenName, @Schema(maxLength = 200) String familyName,
            LocalDate dateOfBirth, @Schema(maxLength = 64, description = "A personal ID number") String idNumber) {
    }
}
