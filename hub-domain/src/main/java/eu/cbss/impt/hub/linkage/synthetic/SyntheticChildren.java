package eu.cbss.impt.hub.linkage.synthetic;

import eu.cbss.impt.hub.pseudonymisation.ChildIdentifiers;
import eu.cbss.impt.hub.pseudonymisation.LinkageTokens;
import eu.cbss.impt.hub.pseudonymisation.Pseudonymiser;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * Invented child records with a known truth, for the linkage benchmark and tests: families of one
 * to three children (ages 0 to 17, names of seven countries), each family reported by one to three
 * organisations, each report written with errors at known {@link Rates rates}. Nobody described
 * exists; the truth ({@link SyntheticRecord#child}) never leaves the caller's memory.
 */
public final class SyntheticChildren {

    /** Ages are 0 to 17 on this day, so that a seed always gives the same records. */
    static final LocalDate REFERENCE_DAY = LocalDate.of(2026, 6, 30);
    private static final String[] COUNTRIES = {"EE", "LV", "LT", "PL", "RO", "RU", "FI"};
    private static final double[] COUNTRY_SHARES = {0.20, 0.15, 0.15, 0.15, 0.10, 0.15, 0.10};
    private static final int ORGANISATIONS = 60;

    /**
     * Rates of the synthetic population and of its recording errors, each per record unless said.
     *
     * @param reportedTwice share of families reported by two organisations
     * @param reportedThrice share of families reported by three organisations
     * @param twoChildren share of families of two children (siblings, in one signal per report)
     * @param threeChildren share of families of three children
     * @param twins chance that a sibling shares the first child's date of birth
     * @param idKnown share of children with an ID number
     * @param idRecorded chance that a report of such a child records the number
     * @param familyTypo one-letter error (substitution, omission, insertion, transposition) in the family name
     * @param givenTypo one-letter error in the given name
     * @param swapped given and family name swapped
     * @param givenMissing no given name
     * @param birthShifted date of birth off by 1 to 10 days, within the same year
     * @param birthMissing no date of birth
     */
    public record Rates(double reportedTwice, double reportedThrice, double twoChildren, double threeChildren,
            double twins, double idKnown, double idRecorded, double familyTypo, double givenTypo, double swapped,
            double givenMissing, double birthShifted, double birthMissing) {

        public static Rates defaults() {
            return new Rates(0.20, 0.10, 0.12, 0.03, 0.05, 0.5, 0.7, 0.10, 0.06, 0.05, 0.04, 0.05, 0.02);
        }
    }

    /** One child record as an organisation would file it, with the number of the true child. */
    public record SyntheticRecord(UUID id, UUID signal, String organisation, int child, ChildIdentifiers identifiers) {
    }

    private record Child(int number, String country, boolean female, String given, String family, LocalDate born,
            String idNumber) {
    }

    private final Rates rates;
    private final SplittableRandom random;
    private final NameBook names = NameBook.load();
    private int children;

    private SyntheticChildren(Rates rates, long seed) {
        this.rates = rates;
        this.random = new SplittableRandom(seed);
    }

    /** Exactly {@code records} records, signal by signal in a random order; the same seed gives the same records. */
    public static List<SyntheticRecord> generate(int records, long seed, Rates rates) {
        SyntheticChildren g = new SyntheticChildren(rates, seed);
        List<List<SyntheticRecord>> signals = new ArrayList<>();
        int count = 0;
        while (count < records) {
            for (List<SyntheticRecord> signal : g.family()) {
                signals.add(signal);
                count += signal.size();
            }
        }
        Collections.shuffle(signals, new Random(seed));
        List<SyntheticRecord> all = new ArrayList<>(records);
        for (List<SyntheticRecord> signal : signals) {
            for (SyntheticRecord r : signal) {
                if (all.size() < records) {
                    all.add(r);
                }
            }
        }
        return all;
    }

    /** The records' linkage tokens under the given key, derived in parallel (HMAC is the slow part). */
    public static LinkageTokens[] encode(List<SyntheticRecord> records, Pseudonymiser pseudonymiser) {
        LinkageTokens[] tokens = new LinkageTokens[records.size()];
        IntStream.range(0, tokens.length).parallel()
                .forEach(i -> tokens[i] = pseudonymiser.tokensFor(records.get(i).identifiers()));
        return tokens;
    }

    /** One family's signals: one per reporting organisation, each with every child of the family. */
    private List<List<SyntheticRecord>> family() {
        String country = COUNTRIES[draw(COUNTRY_SHARES)];
        String family = names.family(country, random);
        double size = random.nextDouble();
        int n = size < rates.threeChildren() ? 3 : size < rates.threeChildren() + rates.twoChildren() ? 2 : 1;
        List<Child> kids = new ArrayList<>();
        LocalDate firstBorn = REFERENCE_DAY.minusDays(random.nextInt(18 * 365));
        while (kids.size() < n) {
            boolean female = random.nextBoolean();
            String given = names.given(country, female, random);
            if (kids.stream().anyMatch(k -> k.given().equals(given))) {
                continue; // siblings have different given names
            }
            LocalDate born = kids.isEmpty() || random.nextDouble() < rates.twins() ? firstBorn : sibling(firstBorn);
            int number = children++;
            String id = random.nextDouble() < rates.idKnown()
                    ? country + String.format("%09d", Math.floorMod(number * 738_219_371L + 12_345, 1_000_000_000L)) : null;
            kids.add(new Child(number, country, female, given, female ? NameBook.feminine(country, family) : family, born, id));
        }
        double r = random.nextDouble();
        int reports = r < rates.reportedThrice() ? 3 : r < rates.reportedThrice() + rates.reportedTwice() ? 2 : 1;
        List<Integer> organisations = new ArrayList<>();
        while (organisations.size() < reports) {
            int o = random.nextInt(ORGANISATIONS);
            if (!organisations.contains(o)) {
                organisations.add(o);
            }
        }
        List<List<SyntheticRecord>> signals = new ArrayList<>();
        for (int o : organisations) {
            UUID signal = uuid();
            String organisation = "synthetic-org-" + o;
            signals.add(kids.stream().map(k -> new SyntheticRecord(uuid(), signal, organisation, k.number(), asRecorded(k)))
                    .toList());
        }
        return signals;
    }

    private LocalDate sibling(LocalDate firstBorn) {
        for (;;) {
            LocalDate born = firstBorn.plusDays((random.nextBoolean() ? 1 : -1) * (300 + random.nextInt(6 * 365)));
            if (!born.isAfter(REFERENCE_DAY) && born.isAfter(REFERENCE_DAY.minusYears(18))) {
                return born;
            }
        }
    }

    /** The child as one organisation wrote it down. */
    private ChildIdentifiers asRecorded(Child c) {
        String given = c.given();
        String family = c.family();
        if (random.nextDouble() < rates.familyTypo()) {
            family = Typos.oneLetter(family, random);
        }
        if (random.nextDouble() < rates.givenTypo()) {
            given = Typos.oneLetter(given, random);
        }
        if (random.nextDouble() < rates.givenMissing()) {
            given = null;
        } else if (random.nextDouble() < rates.swapped()) {
            String g = given;
            given = family;
            family = g;
        }
        LocalDate born = c.born();
        if (random.nextDouble() < rates.birthMissing()) {
            born = null;
        } else if (random.nextDouble() < rates.birthShifted()) {
            int days = (1 + random.nextInt(10)) * (random.nextBoolean() ? 1 : -1);
            born = born.plusDays(born.plusDays(days).getYear() == born.getYear() ? days : -days);
        }
        String id = c.idNumber() != null && random.nextDouble() < rates.idRecorded() ? c.idNumber() : null;
        return new ChildIdentifiers(given, family, born, id);
    }

    private int draw(double[] shares) {
        double r = random.nextDouble();
        for (int i = 0; i < shares.length - 1; i++) {
            r -= shares[i];
            if (r < 0) {
                return i;
            }
        }
        return shares.length - 1;
    }

    private UUID uuid() {
        return new UUID(random.nextLong(), random.nextLong());
    }
}
