package eu.cbss.impt.hub.organisation;

import eu.cbss.impt.hub.reference.NutsRegion;
import eu.cbss.impt.hub.reference.NutsRegions;
import eu.cbss.impt.hub.reference.RegionCode;
import eu.cbss.impt.hub.validation.FieldError;
import eu.cbss.impt.hub.validation.InvalidInput;
import eu.cbss.impt.hub.validation.JsonFields;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the JSON of {@code POST /api/v1/organisations} and {@code PUT /api/v1/organisations/{id}},
 * checking every rule and reporting all broken ones at once as {@link InvalidInput}.
 */
public final class OrganisationReader {

    private static final Set<String> FIELDS = Set.of("id", "name", "type", "level", "region", "network", "active", "version");

    /** A new organisation: its id and what it is. */
    public record Registration(OrganisationId id, OrganisationDetails details) {
    }

    /**
     * A revision: the details that replace the stored ones, and the version the edit started from
     * (null: no check). {@code active} is null when the body left it out: it stays as it is.
     */
    public record Revision(String name, OrganisationType type, OrganisationLevel level, RegionCode region, String network,
            Boolean active, Long expectedVersion) {

        public OrganisationDetails applyTo(boolean currentlyActive) {
            return new OrganisationDetails(name, type, level, region, network, active == null ? currentlyActive : active);
        }
    }

    private OrganisationReader() {
    }

    /** The body of a POST: {@code id} is required; {@code active} defaults to true; {@code version} is not allowed. */
    public static Registration registration(JsonObject json) {
        List<FieldError> errors = new ArrayList<>();
        JsonFields f = new JsonFields(json, "", errors);
        f.rejectUnknown(FIELDS);
        String id = f.string("id", true, 200);
        if (id != null && !OrganisationId.isValid(id)) {
            f.error("id", "Must be 2 to " + OrganisationId.MAX_LENGTH + " lower-case letters, digits and hyphens, "
                    + "starting with a letter or digit, such as ee-tallinn-social-services: the value of the "
                    + "organisation attribute of its members' accounts.");
            id = null;
        }
        if (json.containsKey("version")) {
            f.error("version", "A new organisation has no version yet; leave this field out.");
        }
        Revision r = common(f);
        throwIfAny(errors, "The organisation is not valid");
        return new Registration(new OrganisationId(id), r.applyTo(true));
    }

    /** The body of a PUT: {@code id} may be left out, else must be the one in the address; {@code version} is optional. */
    public static Revision revision(String pathId, JsonObject json) {
        List<FieldError> errors = new ArrayList<>();
        JsonFields f = new JsonFields(json, "", errors);
        f.rejectUnknown(FIELDS);
        String id = f.string("id", false, 200);
        if (id != null && !id.equals(pathId)) {
            f.error("id", "An organisation's id cannot be changed; it must be the one in the address, or left out.");
        }
        Integer version = f.integer("version", false, 0, Integer.MAX_VALUE, "Must be the version you read, 0 or more.");
        Revision r = common(f);
        throwIfAny(errors, "The change is not valid");
        return new Revision(r.name(), r.type(), r.level(), r.region(), r.network(), r.active(),
                version == null ? null : version.longValue());
    }

    private static Revision common(JsonFields f) {
        String name = f.string("name", true, OrganisationDetails.MAX_NAME);
        OrganisationType type = f.code("type", OrganisationType.class, true);
        OrganisationLevel level = f.code("level", OrganisationLevel.class, true);
        RegionCode region = region(f, type, level);
        String network = f.string("network", false, OrganisationDetails.MAX_NETWORK);
        Boolean active = f.bool("active");
        return new Revision(name, type, level, region, network, active, null);
    }

    /**
     * A NUTS 2021 code of a CBSS country. Required except for a partner hub; a national organisation
     * may give its country (NUTS 0, such as EE), a local or regional one a region inside it (NUTS 1 to 3).
     */
    private static RegionCode region(JsonFields f, OrganisationType type, OrganisationLevel level) {
        String code = f.string("region", type != OrganisationType.PARTNER_HUB && type != null, 10);
        if (code == null) {
            return null;
        }
        Optional<NutsRegion> region = NutsRegions.cbss().find(code);
        if (region.isEmpty()) {
            f.error("region", "Must be a NUTS 2021 code of a CBSS country, such as EE001, or for a national "
                    + "organisation its country, such as EE.");
            return null;
        }
        if (region.get().level() == 0 && (level == OrganisationLevel.LOCAL || level == OrganisationLevel.REGIONAL)) {
            f.error("region", "A local or regional organisation needs a region inside the country (NUTS 1 to 3), "
                    + "such as EE001; only a national one may give the whole country.");
            return null;
        }
        return new RegionCode(code);
    }

    private static void throwIfAny(List<FieldError> errors, String what) {
        if (!errors.isEmpty()) {
            throw new InvalidInput(what + ": " + errors.size()
                    + (errors.size() == 1 ? " field needs" : " fields need") + " correcting.", errors);
        }
    }
}
