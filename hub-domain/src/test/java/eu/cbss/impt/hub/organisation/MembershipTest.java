package eu.cbss.impt.hub.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.cbss.impt.hub.organisation.Membership.Registered;
import eu.cbss.impt.hub.organisation.Membership.Standing;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class MembershipTest {

    static final Map<String, Registered> HUB = Map.of(
            "ee-police-south", new Registered("ee-police-south", "South Prefecture (demo)", true, OrganisationLevel.LOCAL),
            "ee-closed-ngo", new Registered("ee-closed-ngo", "A closed NGO (demo)", false, OrganisationLevel.LOCAL));
    static final Function<String, Optional<Registered>> LOOKUP = id -> Optional.ofNullable(HUB.get(id));

    @Test
    void onlyMembersOfARegisteredActiveOrganisationAreLetIn() {
        assertEquals(Standing.ACTIVE, Membership.standing("ee-police-south", LOOKUP));
        assertEquals(Standing.INACTIVE, Membership.standing("ee-closed-ngo", LOOKUP));
        assertEquals(Standing.UNKNOWN, Membership.standing("ee-never-heard-of", LOOKUP));
        assertEquals(Standing.NONE, Membership.standing(null, LOOKUP));
        assertEquals(Standing.NONE, Membership.standing("  ", LOOKUP));
        assertEquals(Standing.UNKNOWN, Membership.standing("Not An Id", id -> {
            throw new AssertionError("a value that cannot be an id is not looked up");
        }));
    }

    @Test
    void theRefusalSaysWhichOrganisationAndWhy() {
        assertEquals(Optional.empty(), Membership.refusal("ee-police-south", Standing.ACTIVE));
        assertEquals("Your account's organisation 'ee-closed-ngo' has been deactivated; ask the hub administrator.",
                Membership.refusal("ee-closed-ngo", Standing.INACTIVE).orElseThrow());
        assertEquals("Your account's organisation 'ee-x' is not registered in the hub; ask the hub administrator.",
                Membership.refusal("ee-x", Standing.UNKNOWN).orElseThrow());
        assertTrue(Membership.refusal(null, Standing.NONE).orElseThrow().contains("names no organisation"));
        assertTrue(Membership.refusal("y".repeat(500), Standing.UNKNOWN).orElseThrow().length() < 250);
    }
}
