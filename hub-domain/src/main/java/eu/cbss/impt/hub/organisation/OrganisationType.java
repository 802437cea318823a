package eu.cbss.impt.hub.organisation;

import eu.cbss.impt.hub.signal.Coded;

/** What kind of body an organisation of the hub's professional networks is (BSR IMPT: "local and regional networks"). */
public enum OrganisationType implements Coded {
    SOCIAL_SERVICES("Social services", "A municipal or state social welfare or child protection service."),
    NGO("Non-governmental organisation", "A civil-society organisation working with children or victims, such as a "
            + "helpline, a shelter or an outreach service."),
    POLICE("Police", "A police or border guard unit."),
    SCHOOL("School", "A school, kindergarten or other educational institution, including its support staff."),
    HEALTH("Health", "A hospital, clinic, health centre or other health care provider."),
    MIGRATION_BODY("Migration body", "An authority or service for migration, asylum or the reception of migrants "
            + "and asylum seekers."),
    FAITH_BASED("Faith-based organisation", "A religious community or faith-based organisation working with "
            + "children or families."),
    LABOUR_ORGANISATION("Labour organisation", "A labour inspectorate, trade union or employers' organisation."),
    REGIONAL_NETWORK("Regional network", "The coordination of a region's professional network: its regional "
            + "coordinators review the signals of the region's organisations."),
    NATIONAL_COORDINATION("National coordination", "The national coordination function: sees the national picture "
            + "of signals, triangulates and verifies them."),
    PARTNER_HUB("Partner hub", "The hub or national coordination of a partner country, with which verified "
            + "aggregates are exchanged."),
    RESEARCH("Research", "A university or research institute that requests de-identified datasets."),
    OPERATOR("Operator", "The organisation that runs the hub: its administrators manage organisations, keys and "
            + "the audit log."),
    OTHER("Other", "Any other member of a professional network.");

    private final String label;
    private final String definition;

    OrganisationType(String label, String definition) {
        this.label = label;
        this.definition = definition;
    }

    @Override public String label() { return label; }
    @Override public String definition() { return definition; }
}
