package eu.cbss.impt.hub.access;

import java.util.Comparator;
import java.util.Set;

/**
 * The signed-in user as the token describes them. What they may see is bounded by their role
 * and by the {@code organisation} and {@code region} attributes (architecture.md, rule 5).
 */
public record Caller(String username, Set<Role> roles, String organisation, String region, String country) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** The role shown in the audit log: the most far-reaching one the caller holds. */
    public Role primaryRole() {
        return roles.stream()
                .min(Comparator.comparingInt(Caller::breadth).reversed().thenComparing(Comparator.naturalOrder()))
                .orElseThrow(() -> new IllegalStateException("A caller without a role"));
    }

    public boolean mayFileSignals() {
        return has(Role.SOCIAL_WORKER) || has(Role.REGIONAL_COORDINATOR) || has(Role.NATIONAL_COORDINATOR);
    }

    /** The signals this caller may see: the broadest scope among their roles. */
    public SignalScope signalScope() {
        if (has(Role.NATIONAL_COORDINATOR)) {
            return SignalScope.all();
        }
        if (has(Role.REGIONAL_COORDINATOR) && present(region)) {
            return SignalScope.region(region);
        }
        if (has(Role.SOCIAL_WORKER) && present(organisation)) {
            return SignalScope.organisation(organisation);
        }
        return SignalScope.none();
    }

    private static int breadth(Role role) {
        return switch (role) {
            case NATIONAL_COORDINATOR -> 3;
            case REGIONAL_COORDINATOR -> 2;
            default -> 1;
        };
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
