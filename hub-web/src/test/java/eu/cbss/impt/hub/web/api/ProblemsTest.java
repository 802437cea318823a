package eu.cbss.impt.hub.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProblemsTest {

    @Test
    void readsAValidationProblemWithItsFieldErrors() {
        ApiProblem problem = Problems.parse(400, """
                {"type":"https://impt.example/problems/validation","title":"Invalid signal","status":400,
                 "detail":"2 fields are not valid.","errors":[
                   {"field":"grade","message":"Grade is required."},
                   {"field":"children[0].age","message":"Age must be from 0 to 17."}]}
                """);

        assertEquals(400, problem.status());
        assertEquals("Invalid signal", problem.title());
        assertEquals("2 fields are not valid.", problem.detail());
        assertEquals(2, problem.errors().size());
        assertEquals(new FieldError("children[0].age", "Age must be from 0 to 17."), problem.errors().get(1));
        assertTrue(problem.isInvalidInput());
    }

    @Test
    void aBodyThatIsNotJsonStillGivesTheStatus() {
        ApiProblem problem = Problems.parse(502, "<html>Bad gateway</html>");
        assertEquals(502, problem.status());
        assertNull(problem.title());
        assertTrue(problem.errors().isEmpty());
    }

    @Test
    void anEmptyBodyStillGivesTheStatus() {
        ApiProblem problem = Problems.parse(401, null);
        assertTrue(problem.isUnauthorized());
    }

    @Test
    void malformedErrorEntriesAreSkippedAndMissingMembersAreNull() {
        ApiProblem problem = Problems.parse(404, """
                {"title":"Not found","errors":["oops",{"message":"no field"}]}
                """);
        assertTrue(problem.isNotFound());
        assertEquals(1, problem.errors().size());
        assertNull(problem.errors().get(0).field());
    }

    @Test
    void aRefusalBecauseTheOrganisationIsNotActiveIsRecognisedByItsCode() {
        ApiProblem problem = Problems.parse(403, """
                {"type":"urn:impt-hub:problem:organisation-not-active","code":"organisation-not-active",
                 "title":"Organisation not active","status":403,
                 "detail":"Your account's organisation 'ee-police-south' has been deactivated; ask the hub administrator."}
                """);
        assertTrue(problem.isOrganisationNotActive());
        assertTrue(problem.isForbidden());
        assertEquals("urn:impt-hub:problem:organisation-not-active", problem.type());
        assertEquals("problem.organisation-not-active", problem.messageKey());
        ApiProblem role = Problems.parse(403, """
                {"type":"urn:impt-hub:problem:forbidden","title":"Forbidden","status":403,"detail":"Your role does not allow this."}
                """);
        assertFalse(role.isOrganisationNotActive(), "a refusal for the role is another matter");
        assertFalse(Problems.parse(403, null).isOrganisationNotActive());
    }
}
