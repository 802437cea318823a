package eu.cbss.impt.hub.web.signal;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import eu.cbss.impt.hub.web.i18n.UiText;
import eu.cbss.impt.hub.web.vocabulary.CodeLabels;

/**
 * A signal list's figure in words ({@code #{counts.summary(page.count)}}): distinct children and
 * incidents first, then its basis, then what it leaves out. The hub counts children, not reports.
 */
@Named("counts")
@RequestScoped
public class CountWords {

    @Inject
    CodeLabels codes;

    public String summary(SignalCount count) {
        return UiText.text("count.summary", count.children(), count.incidents(), count.signals());
    }

    public String basis(SignalCount count) {
        return UiText.text("count.basis", codes.labels("grade", count.signalGrades()),
                codes.labels("reviewStatus", count.reviewStatuses()), verification(count.verification()));
    }

    /** Signals not linked yet and dismissed clusters, when there are any; empty otherwise. */
    public String leftOut(SignalCount count) {
        String notLinked = count.notLinked() == 0 ? "" : UiText.text("count.notLinked", count.notLinked());
        String dismissed = count.dismissed() == 0 ? "" : UiText.text("count.dismissed", count.dismissed());
        return (notLinked + " " + dismissed).strip();
    }

    private static String verification(List<String> states) {
        return states.stream().map(v -> UiText.text("cluster.verification." + v)).collect(Collectors.joining(", "));
    }
}
