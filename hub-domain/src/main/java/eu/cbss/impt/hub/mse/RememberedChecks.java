package eu.cbss.impt.hub.mse;

import java.util.BitSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The existence and identifiability checks, each worked out once, for the many resamples of one
 * bootstrap: most resamples of a table ask the same questions.
 *
 * <p>Whether the maximum likelihood estimate exists depends only on the model and on which
 * combinations have cases (Fienberg &amp; Rinaldo 2012: the face of the marginal cone that holds X′y
 * is fixed by the support of y); identifiability only on the model and on which of its interactions
 * join lists with no case in common (that fixes the combinations it fits). Each answer is worked out
 * on the table with one case in each non-empty combination: it depends on its key alone, so which
 * resample asks first (with threads, that varies) cannot change it. The reasons given with a
 * negative answer name the model as first asked about; a bootstrap keeps only estimates and models.
 */
final class RememberedChecks implements Function<LogLinearModel, Estimability> {

    private record Existence(long interactions, BitSet support) {
    }

    private record Rank(long interactions, long emptyOverlaps) {
    }

    private final Map<Existence, Boolean> existence = new ConcurrentHashMap<>();
    private final Map<Rank, Integer> rankDeficiency = new ConcurrentHashMap<>();

    @Override
    public Estimability apply(LogLinearModel model) {
        OverlapTable table = model.table();
        long interactions = 0;
        long empty = 0;
        for (Interaction i : model.interactions()) {
            long bit = 1L << pairIndex(i, table.listCount());
            interactions |= bit;
            if (model.hasEmptyOverlap(i)) empty |= bit;
        }
        BitSet support = table.support();
        boolean exists = existence.computeIfAbsent(new Existence(interactions, support), key -> Estimability.exists(onSupport(model)));
        int deficiency = rankDeficiency.computeIfAbsent(new Rank(interactions, empty), key -> Estimability.rankDeficiency(model));
        return Estimability.of(model, exists, deficiency);
    }

    /** The pairs (a, b), a &lt; b, of {@code lists} lists numbered 0, 1, …: below 45 for 10 lists. */
    private static int pairIndex(Interaction i, int lists) {
        return i.first() * lists - i.first() * (i.first() + 1) / 2 + i.second() - i.first() - 1;
    }

    /** The model on the table with one case in each non-empty combination of {@code model}'s table. */
    private static LogLinearModel onSupport(LogLinearModel model) {
        OverlapTable table = model.table();
        long[] ones = new long[table.lastPattern() + 1];
        table.support().stream().forEach(p -> ones[p] = 1);
        LogLinearModel onSupport = LogLinearModel.mainEffects(table.withCounts(ones));
        for (Interaction i : model.interactions()) onSupport = onSupport.with(i);
        return onSupport;
    }
}
