package eu.cbss.impt.hub.web.organisation;

import java.io.Serializable;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * What the administrator types in the organisation form: a new organisation, or a change to one
 * (then the id is fixed and the version read goes back, so that someone else's change is noticed).
 */
public class OrganisationDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The form's fields, named as the API names them: a field error goes beside the field of the same name. */
    static final Set<String> FIELDS = Set.of("id", "name", "type", "level", "region", "network", "active");

    private final boolean existing;
    private final Long version;
    private String id;
    private String name;
    private String type;
    private String level;
    private String region;
    private String network;
    private boolean active = true;

    private OrganisationDraft(boolean existing, Long version) {
        this.existing = existing;
        this.version = version;
    }

    public static OrganisationDraft blank() {
        return new OrganisationDraft(false, null);
    }

    public static OrganisationDraft of(Organisation o) {
        OrganisationDraft d = new OrganisationDraft(true, o.version());
        d.id = o.id();
        d.name = o.name();
        d.type = o.type();
        d.level = o.level();
        d.region = o.region();
        d.network = o.network();
        d.active = o.active();
        return d;
    }

    /** The body of the POST (new) or PUT (existing); blank optional fields are left out. */
    public JsonObject toJson() {
        JsonObjectBuilder b = Json.createObjectBuilder();
        if (!existing) {
            add(b, "id", id);
        }
        add(b, "name", name);
        add(b, "type", type);
        add(b, "level", level);
        add(b, "region", region);
        add(b, "network", network);
        b.add("active", active);
        if (version != null) {
            b.add("version", version);
        }
        return b.build();
    }

    private static void add(JsonObjectBuilder b, String field, String value) {
        if (value != null && !value.isBlank()) {
            b.add(field, value.strip());
        }
    }

    /** Whether this changes a registered organisation (else it registers a new one). */
    public boolean isExisting() {
        return existing;
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getLevel() { return level; }
    public void setLevel(String level) { this.level = level; }
    public String getRegion() { return region; }
    public void setRegion(String region) { this.region = region; }
    public String getNetwork() { return network; }
    public void setNetwork(String network) { this.network = network; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
}
