package eu.cbss.impt.hub.signal;

/** Sex of the child as recorded by the organisation. */
public enum Sex implements Coded {
    F("Female", "Female."),
    M("Male", "Male."),
    X("Other or unknown", "Another sex, or not known to the organisation.");

    private final String label;
    private final String definition;

    Sex(String label, String definition) {
        this.label = label;
        this.definition = definition;
    }

    @Override public String label() { return label; }
    @Override public String definition() { return definition; }
}
