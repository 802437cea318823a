package eu.cbss.impt.hub.web.review;

import java.io.Serializable;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import eu.cbss.impt.hub.web.api.ApiFailures;
import eu.cbss.impt.hub.web.api.ApiProblem;
import eu.cbss.impt.hub.web.signal.SignalLazyModel;
import eu.cbss.impt.hub.web.signal.SignalPage;
import eu.cbss.impt.hub.web.signal.SignalQuery;

/** The regional coordinator's review queue ({@code reviews/queue.xhtml}): a lazy table paged by the API, oldest first. */
@Named
@ViewScoped
public class ReviewQueueBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReviewGateway reviews;

    @Inject
    ApiFailures failures;

    private SignalLazyModel model;
    private boolean failed;

    @PostConstruct
    void init() {
        model = new SignalLazyModel(this::fetch, Map::of);
    }

    SignalPage fetch(SignalQuery query) {
        try {
            failed = false;
            return reviews.queue(query.page(), query.size());
        } catch (ApiProblem problem) {
            failed = true;
            failures.show(problem);
            return SignalPage.EMPTY;
        }
    }

    public SignalLazyModel getModel() {
        return model;
    }

    /** The last load failed: the empty table means "could not load", not "nothing to review". */
    public boolean isFailed() {
        return failed;
    }
}
