package eu.cbss.impt.hub.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.cbss.impt.hub.access.Caller;
import eu.cbss.impt.hub.access.Role;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** A signal's {@code allowedActions} are exactly the steps that would succeed for that caller in that state. */
class SignalAllowedActionsTest {

    private static final Instant T = SignalReviewTest.T0;
    private static final Caller OTHER_REGION = new Caller("regional2", Set.of(Role.REGIONAL_COORDINATOR), "net-b", "EE008", "EE");
    private static final Caller OTHER_WORKER = new Caller("worker2", Set.of(Role.SOCIAL_WORKER), "org-b", "EE001", "EE");
    private static final Caller PARTNER = new Caller("partner1", Set.of(Role.PARTNER_COUNTRY), "fi", null, "FI");

    private static final List<Consumer<Signal>> STATES = List.of(
            s -> { },
            s -> s.returnWithQuestion(SignalReviewTest.REGIONAL, "Which school?", T),
            s -> s.accept(SignalReviewTest.REGIONAL, null, T),
            s -> s.reject(SignalReviewTest.REGIONAL, "Out of scope.", T),
            s -> s.withdraw(SignalReviewTest.WORKER, "Filed twice.", T));

    @Test
    void everyAllowedActionSucceedsAndEveryOtherIsRefused() {
        List<Caller> callers = List.of(SignalReviewTest.WORKER, SignalReviewTest.REGIONAL, SignalReviewTest.NATIONAL,
                OTHER_REGION, OTHER_WORKER, PARTNER);
        for (Consumer<Signal> state : STATES) {
            for (Caller caller : callers) {
                Signal signal = inState(state);
                Set<SignalAction> allowed = signal.allowedActions(caller);
                for (SignalAction action : SignalAction.values()) {
                    Signal fresh = inState(state);
                    assertEquals(allowed.contains(action), succeeds(fresh, action, caller),
                            action + " by " + caller.username() + " on a " + signal.reviewStatus() + " signal");
                }
            }
        }
    }

    @Test
    void theReviewerOfTheRegionMayAcceptReturnOrRejectASubmittedSignalAndTheFilerWithdrawIt() {
        Signal s = SignalReviewTest.submitted();
        assertEquals(EnumSet.of(SignalAction.ACCEPT, SignalAction.RETURN, SignalAction.REJECT), s.allowedActions(SignalReviewTest.REGIONAL));
        assertEquals(EnumSet.of(SignalAction.WITHDRAW), s.allowedActions(SignalReviewTest.WORKER));
        assertEquals(EnumSet.noneOf(SignalAction.class), s.allowedActions(OTHER_REGION));
    }

    private static Signal inState(Consumer<Signal> state) {
        Signal s = SignalReviewTest.submitted();
        state.accept(s);
        return s;
    }

    /** The step as hub-api's Reviewing takes it: who may act (else not found), then the signal's own rule. */
    private static boolean succeeds(Signal s, SignalAction action, Caller caller) {
        boolean who = switch (action) {
            case ACCEPT, RETURN, REJECT -> s.reviewableBy(caller);
            case ANSWER -> s.answerableBy(caller);
            case WITHDRAW -> s.withdrawableBy(caller);
        };
        if (!who) return false;
        try {
            switch (action) {
                case ACCEPT -> s.accept(caller, null, T);
                case RETURN -> s.returnWithQuestion(caller, "Which school?", T);
                case REJECT -> s.reject(caller, "Out of scope.", T);
                case ANSWER -> s.answer(caller, "The one near the station.", T);
                case WITHDRAW -> s.withdraw(caller, "Filed twice.", T);
            }
            return true;
        } catch (ReviewConflict refused) {
            return false;
        }
    }
}
