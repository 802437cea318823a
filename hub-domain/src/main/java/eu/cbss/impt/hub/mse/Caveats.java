package eu.cbss.impt.hub.mse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What a reader should know about one estimate before quoting it, in plain words. */
final class Caveats {

    /** Below this many cases on two or more lists, say that the estimate rests on few overlaps. */
    private static final int FEW_OVERLAPS = 50;
    /** Above this ratio of estimate to observed, say that the model, not the counts, makes the figure. */
    private static final double MOSTLY_HIDDEN = 5;
    /** Above this ratio of upper to lower limit, call the interval wide. */
    private static final double WIDE = 3;

    private Caveats() {
    }

    /** Below this share of resamples choosing the table's own model, say that the choice of model is uncertain. */
    private static final double UNSURE_CHOICE = 0.5;
    /** Above this share of resamples without an estimate, say that the bootstrap interval may be too narrow. */
    private static final double MANY_WITHOUT = 0.025;

    static List<String> of(OverlapTable table, ModelFit chosen, ProfileLikelihood.Interval interval, int passedOver,
            BootstrapInterval bootstrap) {
        List<String> caveats = new ArrayList<>(table.notes());
        List<String> empty = emptyPairs(table);
        if (!empty.isEmpty()) caveats.add(emptyPairs(empty, table.listCount() * (table.listCount() - 1) / 2));
        if (table.onSeveralLists() < FEW_OVERLAPS) {
            long several = table.onSeveralLists();
            caveats.add("Only " + several + (several == 1 ? " case is" : " cases are") + " on more than one list; the whole estimate rests on "
                    + (several == 1 ? "it." : "them."));
        }
        double ratio = chosen.total() / table.observed();
        if (ratio > MOSTLY_HIDDEN) {
            caveats.add(format("The estimate is %.1f times the cases seen: most of it comes from the model, not from counted cases.", ratio));
        }
        if (interval.upper() == null) {
            caveats.add("The likelihood sets no upper limit: the data cannot rule out a far larger number.");
        } else if (interval.upper() > WIDE * interval.lower()) {
            caveats.add(format("The interval is wide: its upper end is %.1f times its lower end.", interval.upper() / interval.lower()));
        }
        if (interval.lowerIsObserved()) {
            caveats.add("The lower end is the number of cases seen: the data are consistent with no hidden cases at all.");
        }
        if (passedOver > 0) {
            caveats.add(passedOver + " interaction" + (passedOver == 1 ? " was" : "s were")
                    + " passed over because the estimate would not exist or not be identifiable with " + (passedOver == 1 ? "it." : "them."));
        }
        if (bootstrap != null) caveats.addAll(of(bootstrap));
        caveats.add("Assumes a closed population over the period and cases matched correctly across lists; "
                + (bootstrap != null && bootstrap.available()
                        ? "the profile-likelihood interval leaves out the uncertainty of choosing the model, the bootstrap interval takes it in."
                        : "the interval leaves out the uncertainty of choosing the model."));
        return caveats;
    }

    private static List<String> of(BootstrapInterval bootstrap) {
        List<String> caveats = new ArrayList<>();
        double share = bootstrap.originalShare();
        if (bootstrap.available() && share < UNSURE_CHOICE) {
            caveats.add(share == 0 ? "No bootstrap resample chose the model chosen for the data: which model fits is itself "
                    + "uncertain; quote the bootstrap interval."
                    : format("The model chosen for the data was chosen again on only %.0f%% of the bootstrap resamples: which "
                            + "model fits is itself uncertain; quote the bootstrap interval.", 100 * share));
        }
        if (bootstrap.noEstimate() > MANY_WITHOUT * bootstrap.resamples()) {
            caveats.add(String.format(Locale.ROOT, "%,d of the %,d bootstrap resamples gave no estimate and are left out of the "
                    + "bootstrap interval; with so many, it may be too narrow.", bootstrap.noEstimate(), bootstrap.resamples()));
        }
        return caveats;
    }

    private static String emptyPairs(List<String> empty, int pairs) {
        String named = String.join(", ", empty.subList(0, Math.min(empty.size(), 5))) + (empty.size() > 5 ? ", …" : "");
        return empty.size() + " of the " + pairs + " pairs of lists " + (empty.size() == 1 ? "has" : "have")
                + " no case in common (" + named + "): the data say little about how those lists depend on each other"
                + (2 * empty.size() > pairs ? ", and estimates from such sparse tables are fragile." : ".");
    }

    private static List<String> emptyPairs(OverlapTable table) {
        List<String> empty = new ArrayList<>();
        for (int a = 0; a < table.listCount(); a++) {
            for (int b = a + 1; b < table.listCount(); b++) {
                if (table.onBoth(a, b) == 0) empty.add(Interaction.of(table, a, b).name());
            }
        }
        return empty;
    }

    private static String format(String pattern, double value) {
        return String.format(Locale.ROOT, pattern, value);
    }
}
