package eu.cbss.impt.hub.organisation;

import eu.cbss.impt.hub.organisation.Membership.Registered;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Which organisations are registered and active, for the check on every request: all of them held
 * in memory, so that the hot path (intake) makes no query. Forgotten after every change made in this
 * JVM ({@link OrganisationChanged}, after the commit) and at the latest after {@link #TIME_TO_LIVE},
 * which bounds how long a change made through another instance of the API takes to be seen.
 */
@ApplicationScoped
public class OrganisationDirectory {

    static final Duration TIME_TO_LIVE = Duration.ofSeconds(30);

    @Inject
    Organisations organisations;

    /** Bumped by every change; a snapshot loaded before a change is stale even if it finished loading after it. */
    private final AtomicLong generation = new AtomicLong();
    private volatile Snapshot snapshot;

    private record Snapshot(Map<String, Registered> byId, long generation, long loadedAtNanos) {
        boolean freshAt(long now, long currentGeneration) {
            return generation == currentGeneration && now - loadedAtNanos < TIME_TO_LIVE.toNanos();
        }
    }

    public Optional<Registered> find(String id) {
        return Optional.ofNullable(current().byId().get(id));
    }

    /** Whether signals the organisation files go through regional review (yes, unless it is regional or national). */
    public boolean reviewedRegionally(String organisation) {
        return find(organisation).map(Registered::reviewedRegionally).orElse(true);
    }

    /** Whether the organisation a token names lets its holder in. */
    public Membership.Standing standing(String organisationClaim) {
        return Membership.standing(organisationClaim, this::find);
    }

    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) OrganisationChanged change) {
        generation.incrementAndGet();
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        if (s != null && s.freshAt(System.nanoTime(), generation.get())) {
            return s;
        }
        return reload();
    }

    /** One load at a time: when the snapshot expires under load, one request reads and the others wait for it. */
    private synchronized Snapshot reload() {
        long g = generation.get();
        Snapshot s = snapshot;
        if (s != null && s.freshAt(System.nanoTime(), g)) {
            return s;
        }
        Map<String, Registered> byId = organisations.all().stream()
                .map(o -> new Registered(o.id(), o.name(), o.active(), o.level()))
                .collect(Collectors.toUnmodifiableMap(Registered::id, Function.identity()));
        Snapshot loaded = new Snapshot(byId, g, System.nanoTime());
        snapshot = loaded;
        return loaded;
    }
}
