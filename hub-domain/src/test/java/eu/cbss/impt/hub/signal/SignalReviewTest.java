package eu.cbss.impt.hub.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.cbss.impt.hub.access.Caller;
import eu.cbss.impt.hub.access.Role;
import eu.cbss.impt.hub.reference.RegionCode;
import eu.cbss.impt.hub.validation.InvalidInput;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SignalReviewTest {

    static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");
    static final Caller WORKER = new Caller("worker1", Set.of(Role.SOCIAL_WORKER), "org-a", "EE001", "EE");
    static final Caller REGIONAL = new Caller("regional1", Set.of(Role.REGIONAL_COORDINATOR), "net-a", "EE001", "EE");
    static final Caller NATIONAL = new Caller("national1", Set.of(Role.NATIONAL_COORDINATOR), "nat", null, "EE");

    static Signal submitted() {
        SignalSubmission submission = new SignalSubmission("ext-1", Grade.ANECDOTAL, SourceType.PROFESSIONAL_OBSERVATION,
                InformationType.INCIDENT_OR_NARRATIVE, Set.of(Concern.BEGGING), ChildSituation.SUSPECTED_VICTIM,
                new RegionCode("EE001"), LocalDate.of(2026, 10, 1), null, 1, List.of(), null);
        return Signal.file(submission, new Submitter("worker1", "org-a", "EE001"), SignalReference.of(2026, 1),
                null, null, T0);
    }

    @Test
    void aRegionalCoordinatorAcceptsASubmittedSignalAndTheHistoryRecordsWhoAndWhen() {
        Signal s = submitted();
        s.accept(REGIONAL, "  ", T0.plusSeconds(60));
        assertEquals(ReviewStatus.ACCEPTED, s.reviewStatus());
        Review r = s.reviews().get(0);
        assertEquals(ReviewDecision.ACCEPT, r.decision());
        assertEquals("regional1", r.decidedBy());
        assertEquals("regional-coordinator", r.decidedRole());
        assertEquals(T0.plusSeconds(60), r.decidedAt());
        assertEquals(null, r.message(), "a blank note is no note");
    }

    @Test
    void aSignalOfARegionalOrNationalOrganisationIsAcceptedOnFilingWithTheReasonRecorded() {
        Signal signal = submitted();
        Review review = signal.acceptOnFiling(NATIONAL, T0);
        assertEquals(ReviewStatus.ACCEPTED, signal.reviewStatus());
        assertEquals(ReviewDecision.ACCEPT, review.decision());
        assertEquals("national1", review.decidedBy());
        assertTrue(review.message().contains("without regional review"));
        assertThrows(ReviewConflict.class, () -> signal.acceptOnFiling(NATIONAL, T0));
    }

    @Test
    void aSignalCannotBeDecidedTwiceAndTheConflictSaysWhoDecided() {
        Signal s = submitted();
        s.accept(REGIONAL, null, T0);
        ReviewConflict e = assertThrows(ReviewConflict.class, () -> s.reject(REGIONAL, "out of scope", T0));
        assertTrue(e.getMessage().startsWith("This signal was already accepted by regional1 at 2026-11-20T10:00:00Z"), e.getMessage());
        assertThrows(ReviewConflict.class, () -> s.accept(REGIONAL, null, T0));
        assertThrows(ReviewConflict.class, () -> s.returnWithQuestion(REGIONAL, "why?", T0));
        assertEquals(1, s.reviews().size());
    }

    @Test
    void returningNeedsAQuestionAndRejectingNeedsAReason() {
        Signal s = submitted();
        assertEquals("message", assertThrows(InvalidInput.class, () -> s.returnWithQuestion(REGIONAL, " ", T0)).errors().get(0).field());
        assertThrows(InvalidInput.class, () -> s.reject(REGIONAL, null, T0));
        assertEquals(ReviewStatus.SUBMITTED, s.reviewStatus());
        assertTrue(s.reviews().isEmpty());
    }

    @Test
    void anAnswerToAReturnedSignalPutsItBackInTheQueue() {
        Signal s = submitted();
        s.returnWithQuestion(REGIONAL, "Which station?", T0);
        assertEquals(ReviewStatus.RETURNED, s.reviewStatus());
        s.answer(WORKER, "Tallinn Balti jaam", T0.plusSeconds(1));
        assertEquals(ReviewStatus.SUBMITTED, s.reviewStatus());
        s.accept(REGIONAL, "Thanks", T0.plusSeconds(2));
        assertEquals(List.of(ReviewDecision.RETURN, ReviewDecision.ANSWER, ReviewDecision.ACCEPT),
                s.reviews().stream().map(Review::decision).toList());
    }

    @Test
    void onlyAReturnedSignalCanBeAnswered() {
        Signal s = submitted();
        assertThrows(ReviewConflict.class, () -> s.answer(WORKER, "unasked", T0));
        s.reject(REGIONAL, "Not trafficking", T0);
        assertThrows(ReviewConflict.class, () -> s.answer(WORKER, "but", T0));
    }

    @Test
    void withdrawingVoidsWithAReasonOnceAndNothingFollows() {
        Signal s = submitted();
        assertThrows(InvalidInput.class, () -> s.withdraw(WORKER, "", T0));
        s.withdraw(NATIONAL, "Filed twice", T0);
        assertTrue(s.withdrawn());
        assertEquals(ReviewStatus.WITHDRAWN, s.reviewStatus());
        Review r = s.reviews().get(0);
        assertEquals("national1", r.decidedBy());
        assertEquals("Filed twice", r.message());
        assertThrows(ReviewConflict.class, () -> s.withdraw(WORKER, "again", T0));
        assertThrows(ReviewConflict.class, () -> s.accept(REGIONAL, null, T0));
    }
}
