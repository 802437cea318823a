package eu.cbss.impt.hub.linkage.synthetic;

import java.util.SplittableRandom;

/**
 * One-letter errors as made when a name is heard, copied or typed: a letter replaced by one that
 * sounds or sits alike, left out, doubled, or swapped with its neighbour (the four edit kinds of
 * Damerau, which cover most single errors in names; Christen 2012, ch. 5).
 */
final class Typos {

    private static final String[][] ALIKE = {
        {"c", "k"}, {"k", "c"}, {"w", "v"}, {"v", "w"}, {"i", "y"}, {"y", "i"}, {"s", "z"}, {"z", "s"},
        {"e", "a"}, {"a", "e"}, {"o", "u"}, {"u", "o"}, {"n", "m"}, {"m", "n"}, {"t", "d"}, {"d", "t"},
        {"j", "i"}, {"l", "ll"}, {"r", "t"}, {"h", ""}};

    private Typos() {
    }

    /** The name with one error; names shorter than three letters stay as they are. */
    static String oneLetter(String name, SplittableRandom random) {
        for (int attempt = 0; attempt < 8 && name.length() >= 3; attempt++) {
            String changed = attempt(name, random);
            if (!changed.equalsIgnoreCase(name)) {
                return changed;
            }
        }
        return name;
    }

    private static String attempt(String name, SplittableRandom random) {
        int at = 1 + random.nextInt(name.length() - 1); // the first letter is rarely wrong
        char here = Character.toLowerCase(name.charAt(at));
        return switch (random.nextInt(4)) {
            case 0 -> {
                for (String[] pair : ALIKE) {
                    if (pair[0].charAt(0) == here) {
                        yield name.substring(0, at) + pair[1] + name.substring(at + 1);
                    }
                }
                yield name.substring(0, at) + (char) ('a' + random.nextInt(26)) + name.substring(at + 1);
            }
            case 1 -> name.substring(0, at) + name.substring(at + 1);
            case 2 -> name.substring(0, at) + here + name.substring(at);
            default -> at + 1 < name.length()
                    ? name.substring(0, at) + name.charAt(at + 1) + name.charAt(at) + name.substring(at + 2)
                    : name.substring(0, at - 1) + name.charAt(at) + name.charAt(at - 1);
        };
    }
}
