package eu.cbss.impt.hub.signal;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /api/v1/signals}, for the OpenAPI description only: the API reads the
 * JSON itself ({@link SignalSubmissionReader}) so that every broken rule is reported by field.
 */
@Schema(name = "SignalRequest")
public record SignalRequest(
        @Schema(description = "Unique per organisation; re-posting it returns the signal already filed", maxLength = 100) String externalRef,
        @Schema(required = true) Grade grade,
        @Schema(required = true) SourceType sourceType,
        @Schema(required = true) InformationType informationType,
        @Schema(required = true, minItems = 1) List<Concern> concerns,
        @Schema(required = true) ChildSituation childSituation,
        @Schema(required = true, description = "NUTS 2021 code (level 0 to 3) of a CBSS country where the child or incident is", example = "EE001", maxLength = 5) String region,
        @Schema(required = true, description = "Not in the future") LocalDate occurredFrom,
        @Schema(description = "On or after occurredFrom") LocalDate occurredTo,
        @Schema(required = true, minimum = "1", maximum = "100000", description = "At least the number of child records") int childrenCount,
        @Schema(maxItems = 1000) List<Child> children,
        @Schema(maxLength = 20000) String narrative) {

    @Schema(name = "ChildRequest")
    public record Child(Sex sex,
            @Schema(minimum = "0", maximum = "17") Integer age,
            @Schema(description = "When the exact age is not known") AgeBand ageBand,
            @Schema(description = "ISO 3166-1 alpha-2", example = "RO") String citizenship,
            @Schema(example = "RO") String countryOfBirth,
            @Schema(example = "RO") String recruitmentCountry,
            LegalStatus legalStatus,
            Boolean retrafficked,
            @Schema(description = "Write-only: turned into keyed linkage tokens at intake, never stored, logged or returned") Identifiers identifiers) {
    }

    @Schema(name = "ChildIdentifiers", writeOnly = true)
    public record Identifiers(@Schema(maxLength = 200) String givenName, @Schema(maxLength = 200) String familyName,
            LocalDate dateOfBirth, @Schema(maxLength = 64, description = "A personal ID number") String idNumber) {
    }
}
