package eu.cbss.impt.hub.organisation;

import eu.cbss.impt.hub.signal.Coded;

/** Where an organisation works: in a municipality or county, across a region, or across the country. */
public enum OrganisationLevel implements Coded {
    LOCAL("Local", "Works in a municipality or a county: a local member of a professional network."),
    REGIONAL("Regional", "Works across a region (NUTS 1 to 3), such as the coordination of a regional network."),
    NATIONAL("National", "Works across the whole country; for a partner hub, across its own country.");

    private final String label;
    private final String definition;

    OrganisationLevel(String label, String definition) {
        this.label = label;
        this.definition = definition;
    }

    @Override public String label() { return label; }
    @Override public String definition() { return definition; }
}
