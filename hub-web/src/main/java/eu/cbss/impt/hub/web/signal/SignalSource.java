package eu.cbss.impt.hub.web.signal;

import java.io.Serializable;

/** Where a list of signals comes from: the API in the application, a fake in tests. */
@FunctionalInterface
public interface SignalSource extends Serializable {

    SignalPage fetch(SignalQuery query);
}
