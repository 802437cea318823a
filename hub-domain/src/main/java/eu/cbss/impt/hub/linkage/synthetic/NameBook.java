package eu.cbss.impt.hub.linkage.synthetic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Given and family names of seven countries ({@code names.txt}) drawn with frequencies like a
 * population's: the commonest given name about one child in twenty (weight 1/(rank+20)); family names
 * one time in ten from a list of frequent ones (weight 1/(rank+10), the commonest about 0.7 %, as
 * Nowak in Poland) and otherwise from a long tail of stem + middle + ending (7,200 per country), so
 * that two children of one country, sex and birth year share a full name with a chance of about one
 * in 70,000, not in every cohort.
 */
final class NameBook {

    /** Share of family names drawn from the frequent list rather than the long tail. */
    private static final double FREQUENT_FAMILY = 0.1;

    private record Weighted(String[] names, double[] cumulative) {
        static Weighted of(String[] names, int offset) {
            double[] c = new double[names.length];
            double sum = 0;
            for (int r = 0; r < names.length; r++) {
                sum += 1.0 / (r + 1 + offset);
                c[r] = sum;
            }
            for (int r = 0; r < c.length; r++) {
                c[r] /= sum;
            }
            return new Weighted(names, c);
        }

        String draw(SplittableRandom random) {
            int i = Arrays.binarySearch(cumulative, random.nextDouble());
            return names[Math.min(i < 0 ? -i - 1 : i, names.length - 1)];
        }
    }

    private record Country(Weighted female, Weighted male, Weighted family, String[] stems, String[] middles,
            String[] endings) {
    }

    private final Map<String, Country> countries;

    private NameBook(Map<String, Country> countries) {
        this.countries = countries;
    }

    static NameBook load() {
        Map<String, Map<String, String[]>> lists = new HashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                NameBook.class.getResourceAsStream("names.txt"), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\|", 3);
                lists.computeIfAbsent(parts[0], c -> new HashMap<>()).put(parts[1], parts[2].split(",\\s*"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the synthetic name lists", e);
        }
        Map<String, Country> countries = new HashMap<>();
        lists.forEach((code, l) -> countries.put(code, new Country(Weighted.of(l.get("F"), 20), Weighted.of(l.get("M"), 20),
                Weighted.of(l.get("family"), 10), l.get("stems"), l.get("middles"), l.get("endings"))));
        return new NameBook(countries);
    }

    String given(String country, boolean female, SplittableRandom random) {
        Country c = countries.get(country);
        return (female ? c.female() : c.male()).draw(random);
    }

    /** A family name in its male or neutral form, shared by siblings. */
    String family(String country, SplittableRandom random) {
        Country c = countries.get(country);
        if (random.nextDouble() < FREQUENT_FAMILY) {
            return c.family().draw(random);
        }
        String middle = c.middles()[random.nextInt(c.middles().length)];
        return c.stems()[random.nextInt(c.stems().length)] + (middle.equals("-") ? "" : middle)
                + c.endings()[random.nextInt(c.endings().length)];
    }

    /** A girl's form of a family name, where the language has one. */
    static String feminine(String country, String family) {
        List<String[]> rules = switch (country) {
            case "LV" -> List.of(new String[] {"iņš", "iņa"}, new String[] {"ējs", "ēja"}, new String[] {"nieks", "niece"},
                    new String[] {"ons", "one"}, new String[] {"is", "e"}, new String[] {"s", "a"}, new String[] {"š", "a"});
            case "LT" -> List.of(new String[] {"ius", "iūtė"}, new String[] {"ys", "ytė"}, new String[] {"is", "ytė"},
                    new String[] {"us", "utė"}, new String[] {"as", "aitė"});
            case "PL" -> List.of(new String[] {"ski", "ska"}, new String[] {"cki", "cka"});
            case "RU" -> List.of(new String[] {"sky", "skaya"}, new String[] {"ov", "ova"}, new String[] {"ev", "eva"},
                    new String[] {"in", "ina"});
            default -> List.of();
        };
        for (String[] rule : rules) {
            if (family.endsWith(rule[0])) {
                return family.substring(0, family.length() - rule[0].length()) + rule[1];
            }
        }
        return family;
    }
}
