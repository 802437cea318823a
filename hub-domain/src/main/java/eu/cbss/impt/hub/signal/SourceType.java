package eu.cbss.impt.hub.signal;

/** Where the information comes from (BSR IMPT, "Source of information"). */
public enum SourceType implements Coded {
    OFFICIAL_RECORD("Official record", "Convictions, governmental reports and police reports."),
    PROFESSIONAL_OBSERVATION("Professional observation", "What a professional working with children saw or was told in their work."),
    RESEARCH("Research", "Research reports and articles."),
    ORGANISATION_REPORT("Organisation report", "Reports from intergovernmental and non-governmental organisations (IGO, INGO, NGO)."),
    TRAINING_MATERIAL("Training material", "Tools and manuals disseminated for training purposes."),
    MEDIA("Media", "Media and reports disseminated to the wider public."),
    ANECDOTE("Anecdote", "Anecdotes and myths.");

    private final String label;
    private final String definition;

    SourceType(String label, String definition) {
        this.label = label;
        this.definition = definition;
    }

    @Override public String label() { return label; }
    @Override public String definition() { return definition; }
}
