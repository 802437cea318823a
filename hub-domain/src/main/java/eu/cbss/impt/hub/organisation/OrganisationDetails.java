package eu.cbss.impt.hub.organisation;

import eu.cbss.impt.hub.reference.RegionCode;
import java.util.Objects;

/**
 * What a hub administrator says about an organisation, validated ({@link OrganisationReader}):
 * everything but its id. {@code region} is null only for a partner hub; {@code network} is optional.
 */
public record OrganisationDetails(String name, OrganisationType type, OrganisationLevel level, RegionCode region,
        String network, boolean active) {

    public static final int MAX_NAME = 200;
    public static final int MAX_NETWORK = 200;

    public OrganisationDetails {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(level, "level");
        if (region == null && type != OrganisationType.PARTNER_HUB) {
            throw new IllegalArgumentException("Only a partner hub may have no region.");
        }
    }

    public OrganisationDetails withActive(boolean active) {
        return new OrganisationDetails(name, type, level, region, network, active);
    }
}
