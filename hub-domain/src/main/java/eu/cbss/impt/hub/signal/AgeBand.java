package eu.cbss.impt.hub.signal;

/** Age bands for when the exact age is not known; they nest into Eurostat's 0-11 and 12-17. */
public enum AgeBand implements Coded {
    AGE_0_11("0 to 11", "A child aged 0 to 11 years.", 0, 11),
    AGE_12_14("12 to 14", "A child aged 12 to 14 years.", 12, 14),
    AGE_15_17("15 to 17", "A child aged 15 to 17 years.", 15, 17);

    private final String label;
    private final String definition;
    private final int from;
    private final int to;

    AgeBand(String label, String definition, int from, int to) {
        this.label = label;
        this.definition = definition;
        this.from = from;
        this.to = to;
    }

    @Override public String label() { return label; }
    @Override public String definition() { return definition; }

    public boolean contains(int age) { return age >= from && age <= to; }

    /** The band of an exact age (0 to 17). */
    public static AgeBand of(int age) {
        for (AgeBand band : values()) {
            if (band.contains(age)) return band;
        }
        throw new IllegalArgumentException("A child is aged 0 to 17.");
    }
}
