package eu.cbss.impt.hub.organisation;

import eu.cbss.impt.hub.reference.RegionCode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An organisation of the hub's professional networks, registered by a hub administrator. Its id
 * is what its members' tokens carry in the {@code organisation} claim; only members of an active
 * organisation are let in. Never deleted: {@link #revise} with {@code active = false} deactivates it.
 */
@Entity
@Table(name = "organisation")
public class Organisation {

    @Id
    private String id;

    private String name;

    @Enumerated(EnumType.STRING)
    private OrganisationType type;

    @Enumerated(EnumType.STRING)
    private OrganisationLevel level;

    private String region;

    private String network;

    private boolean active;

    @Version
    private long version;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    protected Organisation() {
    }

    public static Organisation register(OrganisationId id, OrganisationDetails details, Instant now) {
        Organisation o = new Organisation();
        o.id = id.value();
        o.apply(details);
        o.createdAt = now.atOffset(ZoneOffset.UTC);
        o.updatedAt = o.createdAt;
        return o;
    }

    /**
     * Replaces what the administrator may change (everything but the id) and says what changed, for
     * the audit log: {@code "name, active=false"}; empty when nothing did (then nothing is touched).
     *
     * @param expectedVersion the version the administrator's edit started from, or null to skip the check
     * @throws OrganisationConflict when someone else changed the organisation since that version
     */
    public String revise(OrganisationDetails details, Long expectedVersion, Instant now) {
        if (expectedVersion != null && expectedVersion != version) {
            throw OrganisationConflict.changedMeanwhile(id);
        }
        List<String> changed = new ArrayList<>();
        if (!name.equals(details.name())) changed.add("name");
        if (type != details.type()) changed.add("type=" + details.type());
        if (level != details.level()) changed.add("level=" + details.level());
        if (!Objects.equals(region, regionValue(details))) changed.add("region=" + regionValue(details));
        if (!Objects.equals(network, details.network())) changed.add("network");
        if (active != details.active()) changed.add("active=" + details.active());
        if (!changed.isEmpty()) {
            apply(details);
            updatedAt = now.atOffset(ZoneOffset.UTC);
        }
        return String.join(", ", changed);
    }

    private void apply(OrganisationDetails details) {
        name = details.name();
        type = details.type();
        level = details.level();
        region = regionValue(details);
        network = details.network();
        active = details.active();
    }

    private static String regionValue(OrganisationDetails details) {
        return details.region() == null ? null : details.region().value();
    }

    public String id() { return id; }
    public String name() { return name; }
    public OrganisationType type() { return type; }
    public OrganisationLevel level() { return level; }
    public RegionCode region() { return region == null ? null : new RegionCode(region); }
    public String network() { return network; }
    public boolean active() { return active; }
    public long version() { return version; }
    public Instant createdAt() { return createdAt.toInstant(); }
    public Instant updatedAt() { return updatedAt.toInstant(); }

    public OrganisationDetails details() {
        return new OrganisationDetails(name, type, level, region(), network, active);
    }
}
