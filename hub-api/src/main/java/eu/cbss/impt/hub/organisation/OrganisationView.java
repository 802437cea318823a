package eu.cbss.impt.hub.organisation;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/** An organisation as the API returns it; send {@code version} back with a change to detect someone else's change. */
@Schema(name = "OrganisationView", properties = @SchemaProperty(name = "version", type = SchemaType.INTEGER, format = "int64"))
public record OrganisationView(String id, String name, OrganisationType type, OrganisationLevel level,
        @Schema(description = "NUTS 2021 code; null only for a partner hub") String region,
        String network, boolean active, long version, Instant createdAt, Instant updatedAt) {

    public static OrganisationView from(Organisation o) {
        return new OrganisationView(o.id(), o.name(), o.type(), o.level(), o.region() == null ? null : o.region().value(),
                o.network(), o.active(), o.version(), o.createdAt(), o.updatedAt());
    }

    /** The register: every organisation, active or not, by id. */
    @Schema(name = "OrganisationRegister")
    public record Register(List<OrganisationView> items, int total) {

        static Register of(List<Organisation> organisations) {
            return new Register(organisations.stream().map(OrganisationView::from).toList(), organisations.size());
        }
    }
}
