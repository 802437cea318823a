package eu.cbss.impt.hub.web.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class FieldPathsTest {

    @Test
    void aTopLevelFieldMapsToItsComponent() {
        assertEquals(Optional.of("grade"), FieldPaths.toComponentId("grade"));
        assertEquals(Optional.of("region"), FieldPaths.toComponentId("region"));
        assertEquals(Optional.of("occurredFrom"), FieldPaths.toComponentId("occurredFrom"));
    }

    @Test
    void aChildFieldMapsToItsRowsComponent() {
        assertEquals(Optional.of("children:0:age"), FieldPaths.toComponentId("children[0].age"));
        assertEquals(Optional.of("children:12:legalStatus"), FieldPaths.toComponentId("children[12].legalStatus"));
    }

    @Test
    void aChildIdentifierMapsToTheIdentifierField() {
        assertEquals(Optional.of("children:1:givenName"), FieldPaths.toComponentId("children[1].identifiers.givenName"));
        assertEquals(Optional.of("children:0:dateOfBirth"), FieldPaths.toComponentId("children[0].identifiers.dateOfBirth"));
    }

    @Test
    void aWholeChildRowMapsToTheRowsMessage() {
        assertEquals(Optional.of("children:3:child"), FieldPaths.toComponentId("children[3]"));
        assertEquals(Optional.of("children:3:child"), FieldPaths.toComponentId("children[3].identifiers"));
    }

    @Test
    void theChildrenListAndAnIndexedConcernMapToTheirComponent() {
        assertEquals(Optional.of("children"), FieldPaths.toComponentId("children"));
        assertEquals(Optional.of("concerns"), FieldPaths.toComponentId("concerns[2]"));
    }

    @Test
    void beanValidationPrefixesAreSkipped() {
        assertEquals(Optional.of("grade"), FieldPaths.toComponentId("file.arg0.grade"));
        assertEquals(Optional.of("children:0:age"), FieldPaths.toComponentId("file.request.children[0].age"));
    }

    @Test
    void jsonPointersAreUnderstood() {
        assertEquals(Optional.of("children:0:age"), FieldPaths.toComponentId("/children/0/age"));
        assertEquals(Optional.of("narrative"), FieldPaths.toComponentId("/narrative"));
    }

    @Test
    void aPathNamingNoFieldOfTheFormMapsToNothing() {
        assertEquals(Optional.empty(), FieldPaths.toComponentId("organisation"));
        assertEquals(Optional.empty(), FieldPaths.toComponentId(""));
        assertEquals(Optional.empty(), FieldPaths.toComponentId(null));
    }
}
