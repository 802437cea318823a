package eu.cbss.impt.hub.signal;

/** Level of verification claimed at intake (BSR IMPT, "Level of verification of the information"). */
public enum Grade implements Coded {
    OFFICIAL("Official data", "Convictions, governmental and police reports."),
    MAYBE("Maybe-information", "Reported by several sources, but as yet unsubstantiated."),
    ANECDOTAL("Anecdotal", "Narratives: anecdotal evidence that no other source has confirmed.");

    private final String label;
    private final String definition;

    Grade(String label, String definition) {
        this.label = label;
        this.definition = definition;
    }

    @Override public String label() { return label; }
    @Override public String definition() { return definition; }
}
