package eu.cbss.impt.hub.testing;

import java.util.List;

/**
 * The organisations of the demo realm's users (worker1..3, regional1/2, national1/2, partner1,
 * researcher1, admin1), registered through the API as admin1 before the tests act as those users:
 * only members of a registered, active organisation may use the API. Idempotent (409 is fine). A
 * small copy of the list in deploy's DemoData, which these tests cannot depend on.
 */
public final class DemoOrganisations {

    /** id | type | level | region | network (the name is made from the id). */
    private static final List<String> ROWS = List.of(
            "ee-tallinn-social-services|SOCIAL_SERVICES|LOCAL|EE001|Põhja-Eesti child protection network",
            "ee-ngo-lifeline-tallinn|NGO|LOCAL|EE001|Põhja-Eesti child protection network",
            "ee-police-south|POLICE|LOCAL|EE008|Lõuna-Eesti child protection network",
            "ee-network-pohja-eesti|REGIONAL_NETWORK|REGIONAL|EE001|Põhja-Eesti child protection network",
            "ee-network-louna-eesti|REGIONAL_NETWORK|REGIONAL|EE008|Lõuna-Eesti child protection network",
            "ee-national-coordination|NATIONAL_COORDINATION|NATIONAL|EE|",
            "fi-national-hub|PARTNER_HUB|NATIONAL|FI|",
            "ee-university-tartu|RESEARCH|NATIONAL|EE|",
            "ee-hub-operator|OPERATOR|NATIONAL|EE|");

    private static volatile boolean registered;

    private DemoOrganisations() {
    }

    /** The body of a POST for one row. */
    public static String body(String row) {
        String[] f = row.split("\\|", -1);
        var json = ApiClient.JSON.createObjectNode().put("id", f[0]).put("name", "IT organisation " + f[0])
                .put("type", f[1]).put("level", f[2]).put("region", f[3]);
        if (!f[4].isEmpty()) json.put("network", f[4]);
        return json.toString();
    }

    /** Registers every demo organisation once per test run (the database outlives each deployment). */
    public static void ensure(ApiClient api) {
        if (registered) return;
        synchronized (DemoOrganisations.class) {
            if (registered) return;
            for (String row : ROWS) {
                ApiClient.Reply r = api.post("v1/organisations", "admin1", body(row));
                if (r.status() != 201 && r.status() != 409) {
                    throw new AssertionError("could not register " + row + ": " + r.status() + " " + r.body());
                }
            }
            registered = true;
        }
    }
}
