package eu.cbss.impt.hub.home;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import eu.cbss.impt.hub.access.CurrentUser;
import eu.cbss.impt.hub.platform.ApiFailures;
import eu.cbss.impt.hub.platform.ApiProblem;
import eu.cbss.impt.hub.signal.Signal;
import eu.cbss.impt.hub.signal.SignalGateway;
import eu.cbss.impt.hub.signal.SignalPage;
import eu.cbss.impt.hub.signal.SignalQuery;

/**
 * The home page ({@code index.xhtml}): for those who work with signals, the most recent ones they
 * may see and how many there are; for the other roles, only words about what is coming.
 */
@Named
@ViewScoped
public class HomeBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int RECENT = 5;
    static final int INBOX = 20;

    @Inject
    SignalGateway signals;

    @Inject
    CurrentUser user;

    @Inject
    ApiFailures failures;

    private SignalPage recent = SignalPage.EMPTY;
    private SignalPage returned = SignalPage.EMPTY;
    private boolean loaded;

    /** {@code f:viewAction}: only users who work with signals cause an API call. */
    public void load() {
        if (loaded || !user.isWorkingWithSignals()) {
            return;
        }
        loaded = true;
        try {
            recent = signals.search(SignalQuery.recent(RECENT));
            if (user.isSocialWorker()) {
                returned = signals.search(new SignalQuery(Map.of("reviewStatus", "RETURNED"), 0, INBOX, null));
            }
        } catch (ApiProblem problem) {
            failures.show(problem);
        }
    }

    /** A social worker's inbox: the organisation's signals returned with a question by the regional coordinator. */
    public List<Signal> getReturnedSignals() {
        return returned.items();
    }

    public long getReturnedTotal() {
        return returned.total();
    }

    public List<Signal> getRecentSignals() {
        return recent.items();
    }

    public long getTotal() {
        return recent.total();
    }
}
