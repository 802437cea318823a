package eu.cbss.impt.hub.signal;

import eu.cbss.impt.hub.problem.ProblemCode;
import eu.cbss.impt.hub.validation.NotFound;

/** No such signal, or one the caller may not see: the two are answered alike so existence does not leak. */
public class SignalNotFound extends NotFound {
    public SignalNotFound() {
        super(ProblemCode.SIGNAL_NOT_FOUND, "This signal does not exist or you may not see it.");
    }
}
