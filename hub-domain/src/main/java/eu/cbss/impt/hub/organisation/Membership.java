package eu.cbss.impt.hub.organisation;

import eu.cbss.impt.hub.problem.ProblemCode;
import java.util.Optional;
import java.util.function.Function;

/**
 * Whether the organisation a caller's token names lets them in: only members of a registered,
 * active organisation use the hub (hub administrators excepted, so that they can register them).
 */
public final class Membership {

    /** What the hub knows of an organisation, as much as the check and intake need. */
    public record Registered(String id, String name, boolean active, OrganisationLevel level) {

        /** Signals of local organisations go through their region's review; others' do not. */
        public boolean reviewedRegionally() {
            return level == null || level == OrganisationLevel.LOCAL;
        }
    }

    public enum Standing {
        /** A registered, active organisation: let in. */
        ACTIVE,
        /** The token names no organisation. */
        NONE,
        /** The token names an organisation the hub does not know. */
        UNKNOWN,
        /** The organisation was deactivated. */
        INACTIVE;

        /** The problem a caller of this standing is refused with. */
        public ProblemCode problemCode() {
            return switch (this) {
                case NONE -> ProblemCode.ORGANISATION_MISSING;
                case UNKNOWN -> ProblemCode.ORGANISATION_UNKNOWN;
                case INACTIVE, ACTIVE -> ProblemCode.ORGANISATION_NOT_ACTIVE;
            };
        }
    }

    private Membership() {
    }

    public static Standing standing(String organisationClaim, Function<String, Optional<Registered>> lookup) {
        if (organisationClaim == null || organisationClaim.isBlank()) {
            return Standing.NONE;
        }
        if (!OrganisationId.isValid(organisationClaim)) {
            return Standing.UNKNOWN;
        }
        return lookup.apply(organisationClaim).map(o -> o.active() ? Standing.ACTIVE : Standing.INACTIVE)
                .orElse(Standing.UNKNOWN);
    }

    /** Why a caller is refused, in words for the caller; empty when they are let in. */
    public static Optional<String> refusal(String organisationClaim, Standing standing) {
        String shown = organisationClaim == null ? "" : organisationClaim.length() > OrganisationId.MAX_LENGTH
                ? organisationClaim.substring(0, OrganisationId.MAX_LENGTH) + "…" : organisationClaim;
        return switch (standing) {
            case ACTIVE -> Optional.empty();
            case NONE -> Optional.of("Your account names no organisation; ask the hub administrator to set it.");
            case UNKNOWN -> Optional.of("Your account's organisation '" + shown + "' is not registered in the hub; "
                    + "ask the hub administrator.");
            case INACTIVE -> Optional.of("Your account's organisation '" + shown + "' has been deactivated; "
                    + "ask the hub administrator.");
        };
    }
}
