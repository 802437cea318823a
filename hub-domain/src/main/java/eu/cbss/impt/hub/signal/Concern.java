package eu.cbss.impt.hub.signal;

/**
 * Form of exploitation or context of risk (BSR IMPT expert seminars), each mapped to the
 * Eurostat form of exploitation used when figures are exchanged.
 */
public enum Concern implements Coded {
    SEXUAL_EXPLOITATION("Sexual exploitation", "Prostitution or other sexual exploitation of a child, including week-end prostitution.", EurostatForm.SEXUAL),
    LABOUR_EXPLOITATION("Labour exploitation", "Forced or exploitative work or services.", EurostatForm.LABOUR),
    BEGGING("Begging", "A child made to beg for someone else's gain.", EurostatForm.OTHER),
    FORCED_CRIMINALITY("Forced criminality", "A child made to commit crimes, such as theft or drug dealing, for someone else's gain.", EurostatForm.OTHER),
    UNACCOMPANIED_MIGRANT_CHILD("Unaccompanied migrant or asylum-seeking child", "A child in migration or seeking asylum without a parent or legal guardian.", EurostatForm.OTHER),
    AU_PAIR("Au pair", "A young person placed as an au pair in conditions that may be exploitative.", EurostatForm.LABOUR),
    MARRIAGE_RELATED("Marriage-related", "Forced or sham marriage, or marriage used to gain access to a child.", EurostatForm.OTHER),
    ONLINE_SEXUAL_EXPLOITATION("Online sexual exploitation", "Sexual exploitation of a child through the internet, including images and live streaming.", EurostatForm.SEXUAL),
    ORGAN_REMOVAL("Organ removal", "Trafficking for the removal of organs.", EurostatForm.OTHER),
    OTHER("Other", "Another form of exploitation or context of risk, described in the narrative.", EurostatForm.OTHER);

    private final String label;
    private final String definition;
    private final EurostatForm eurostatForm;

    Concern(String label, String definition, EurostatForm eurostatForm) {
        this.label = label;
        this.definition = definition;
        this.eurostatForm = eurostatForm;
    }

    @Override public String label() { return label; }
    @Override public String definition() { return definition; }

    /** The Eurostat form of exploitation this concern is reported under in exchanges. */
    public EurostatForm eurostatForm() { return eurostatForm; }

    /** Eurostat's forms of exploitation for trafficking statistics. */
    public enum EurostatForm { SEXUAL, LABOUR, OTHER }
}
