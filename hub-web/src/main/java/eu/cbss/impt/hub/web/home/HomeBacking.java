package eu.cbss.impt.hub.web.home;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import eu.cbss.impt.hub.web.access.CurrentUser;
import eu.cbss.impt.hub.web.organisation.OrganisationGateway;
import eu.cbss.impt.hub.web.organisation.OwnOrganisation;
import eu.cbss.impt.hub.web.api.ApiFailures;
import eu.cbss.impt.hub.web.api.ApiProblem;
import eu.cbss.impt.hub.web.i18n.UiText;
import eu.cbss.impt.hub.web.signal.Signal;
import eu.cbss.impt.hub.web.signal.SignalCount;
import eu.cbss.impt.hub.web.signal.SignalGateway;
import eu.cbss.impt.hub.web.signal.SignalPage;
import eu.cbss.impt.hub.web.signal.SignalQuery;

/**
 * The home page ({@code index.xhtml}): for those who work with signals, the most recent ones they
 * may see and how many there are; for the other roles, only words about what is coming. Whoever's
 * organisation is not registered or was deactivated is told so here, in plain words (the API
 * refuses all their other requests).
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

    @Inject
    OrganisationGateway organisations;

    private OwnOrganisation organisation;
    private SignalPage recent = SignalPage.EMPTY;
    private SignalPage returned = SignalPage.EMPTY;
    private boolean loaded;

    /** {@code f:viewAction}: asks whether the user's organisation is active; then, for those who work with signals, for them. */
    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        try {
            organisation = organisations.own();
            if (getOrganisationProblem() != null || !user.isWorkingWithSignals()) {
                return;
            }
            recent = signals.search(SignalQuery.recent(RECENT));
            if (user.isSocialWorker()) {
                returned = signals.search(new SignalQuery(Map.of("reviewStatus", "RETURNED"), 0, INBOX, null));
            }
        } catch (ApiProblem problem) {
            failures.show(problem);
        }
    }

    /**
     * Why the hub refuses this user, when their organisation is not registered or was deactivated;
     * null otherwise, and for hub administrators, whom the API lets in to repair it.
     */
    public String getOrganisationProblem() {
        String key = organisation == null || user.isHubAdmin() ? null : organisation.problemKey();
        return key == null ? null : UiText.text(key, organisation.id(), organisation.name());
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

    /** The distinct children and incidents behind all the signals the user may see. */
    public SignalCount getCount() {
        return recent.count();
    }
}
