package eu.cbss.impt.hub.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.cbss.impt.hub.organisation.OrganisationType;
import eu.cbss.impt.hub.validation.InvalidInput;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ListGroupingTest {

    @Test
    void namedListsMergeTypesAndABareTypeIsAListOfItsOwn() {
        ListGrouping g = ListGrouping.parse(" police:POLICE ; welfare:SOCIAL_SERVICES,NGO;SCHOOL");
        assertEquals(List.of("police", "welfare", "SCHOOL"), g.lists().stream().map(ListGrouping.NamedList::name).toList());
        assertEquals(Optional.of("welfare"), g.listOf(OrganisationType.NGO));
        assertEquals(Optional.empty(), g.listOf(OrganisationType.HEALTH));
        assertEquals(Set.of(OrganisationType.SOCIAL_SERVICES, OrganisationType.NGO), g.typesOf("welfare"));
        assertEquals("police:POLICE;welfare:SOCIAL_SERVICES,NGO;SCHOOL:SCHOOL", g.toString());
        assertEquals(g.toString(), ListGrouping.parse(g.toString()).toString());
    }

    @Test
    void blankIsOneListPerOrganisationType() {
        ListGrouping g = ListGrouping.parse(" ");
        assertTrue(g.isByOrganisationType());
        assertEquals(OrganisationType.values().length, g.lists().size());
        assertEquals(Optional.of("POLICE"), g.listOf(OrganisationType.POLICE));
    }

    @Test
    void mistakesAreNamedAllAtOnce() {
        InvalidInput e = assertThrows(InvalidInput.class, () -> ListGrouping.parse("a:POLICE;b:POLICE,NGO;c:WIZARDS;;9x:NGO"));
        List<String> messages = e.errors().stream().map(f -> f.message()).toList();
        assertTrue(e.errors().stream().allMatch(f -> f.field().equals("lists")));
        assertTrue(messages.stream().anyMatch(m -> m.contains("POLICE is in two lists")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("Unknown code")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("empty")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("must start with a letter")), messages.toString());
    }

    @Test
    void threeToTenListsAreNeeded() {
        InvalidInput two = assertThrows(InvalidInput.class, () -> ListGrouping.parse("POLICE;NGO"));
        assertTrue(two.errors().get(0).message().contains("3 to 10 lists; there are 2"), two.errors().toString());
        assertThrows(InvalidInput.class, () -> ListGrouping.parse("a:NGO;a:POLICE;b:SCHOOL"));
    }
}
