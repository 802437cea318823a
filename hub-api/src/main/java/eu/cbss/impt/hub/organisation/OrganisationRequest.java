package eu.cbss.impt.hub.organisation;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/**
 * The body of {@code POST /api/v1/organisations} and {@code PUT /api/v1/organisations/{id}}, for the
 * OpenAPI description only: the API reads the JSON itself ({@link OrganisationReader}) so that every
 * broken rule is reported by field. The codes are required on the class (see SignalRequest).
 */
@Schema(name = "OrganisationRequest", requiredProperties = {"name", "type", "level"},
        properties = @SchemaProperty(name = "version", type = SchemaType.INTEGER, format = "int64"))
public record OrganisationRequest(
        @Schema(description = "Required in a POST; in a PUT the id of the address, or left out. The value of the "
                + "organisation attribute of its members' accounts", pattern = "^[a-z0-9][a-z0-9-]{1,99}$",
                example = "ee-tallinn-social-services", maxLength = 100) String id,
        @Schema(maxLength = 200, example = "Tallinn Social Welfare and Health Care Department") String name,
        OrganisationType type,
        OrganisationLevel level,
        @Schema(description = "NUTS 2021 code of a CBSS country: required except for a partner hub; NUTS 1 to 3 for a "
                + "local or regional organisation, also the country (NUTS 0) for a national one", example = "EE001",
                maxLength = 5) String region,
        @Schema(description = "The professional network it belongs to", maxLength = 200,
                example = "Põhja-Eesti child protection network") String network,
        @Schema(description = "POST: true if left out. PUT: unchanged if left out; false deactivates it (its members "
                + "are refused), true reactivates it") Boolean active,
        @Schema(description = "PUT only, optional: the version you read; 409 if someone else changed it since") Long version) {
}
