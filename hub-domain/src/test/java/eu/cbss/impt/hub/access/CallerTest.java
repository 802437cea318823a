package eu.cbss.impt.hub.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class CallerTest {

    @Test
    void aSocialWorkerSeesOnlyTheirOrganisation() {
        var scope = new Caller("worker1", Set.of(Role.SOCIAL_WORKER), "org-a", "EE001", "EE").signalScope();
        assertTrue(scope.permits("org-a", "EE001"));
        assertFalse(scope.permits("org-b", "EE001"));
    }

    @Test
    void aRegionalCoordinatorSeesSignalsOfOrganisationsInTheirRegion() {
        var scope = new Caller("regional1", Set.of(Role.REGIONAL_COORDINATOR), "net-a", "EE001", "EE").signalScope();
        assertTrue(scope.permits("org-b", "EE001"));
        assertFalse(scope.permits("org-c", "EE008"));
    }

    @Test
    void aNationalCoordinatorSeesAll() {
        var caller = new Caller("national1", Set.of(Role.NATIONAL_COORDINATOR, Role.SOCIAL_WORKER), "nat", null, "EE");
        assertEquals(SignalScope.Kind.ALL, caller.signalScope().kind());
        assertEquals(Role.NATIONAL_COORDINATOR, caller.primaryRole());
    }

    @Test
    void partnersAndResearchersSeeNoSignals() {
        assertEquals(SignalScope.Kind.NONE, new Caller("p", Set.of(Role.PARTNER_COUNTRY), "fi", null, "FI").signalScope().kind());
        assertFalse(new Caller("r", Set.of(Role.RESEARCHER), "uni", null, "EE").mayFileSignals());
    }

    @Test
    void aRegionalCoordinatorWithoutARegionSeesNothing() {
        assertEquals(SignalScope.Kind.NONE,
                new Caller("x", Set.of(Role.REGIONAL_COORDINATOR), "net", null, "EE").signalScope().kind());
    }
}
