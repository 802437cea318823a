package eu.cbss.impt.hub.deploy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A synthetic population for the estimates page: 178 invented children, each reported by one, two or
 * all three of the demo organisations of different types (the municipal social service, the NGO and
 * the police unit), so that a national coordinator sees a meaningful multiple systems estimate. The
 * overlaps follow a hidden population of about 320 children found by each source with some
 * dependence between the social service and the NGO, which work together. Names are made of invented
 * syllables, the ID numbers say DEMO; narratives describe no one. Fixed seed: the same signals at
 * every first start (dated relative to today).
 */
public final class DemoPopulation {

    /** Children seen by exactly these organisations: social service (S), NGO (N), police (P). */
    static final int S = 54, N = 42, P = 32, SN = 22, SP = 13, NP = 10, SNP = 5;
    static final int CHILDREN = S + N + P + SN + SP + NP + SNP;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] GIVEN = {"Ka", "Ri", "Lo", "Ve", "Mi", "Sa", "Tu", "Ne", "Jo", "Ai", "Ke", "Ul"};
    private static final String[] GIVEN_END = {"mira", "dan", "lis", "vek", "tora", "nel", "sko", "bru", "ene", "gor"};
    private static final String[] FAMILY = {"Vor", "Pal", "Trin", "Mesk", "Hald", "Zu", "Qar", "Bex", "Dov", "Fyn"};
    private static final String[] FAMILY_END = {"amaa", "ikov", "uste", "eron", "alto", "imsk", "owen", "adze", "eppa"};
    private static final String[] REGIONS = {"EE001", "EE001", "EE001", "EE008", "EE008", "EE009", "EE004"};
    private static final String[] CONCERNS = {"BEGGING", "SEXUAL_EXPLOITATION", "LABOUR_EXPLOITATION", "FORCED_CRIMINALITY",
            "ONLINE_SEXUAL_EXPLOITATION", "UNACCOMPANIED_MIGRANT_CHILD"};
    private static final String[] SITUATIONS = {"SUSPECTED_VICTIM", "AT_RISK_CONTEXT", "EXPLOITATIVE_SITUATION", "IDENTIFIED_VICTIM"};

    private DemoPopulation() {
    }

    /** The population's signals: one per organisation that knows a child, in an interleaved order. */
    public static List<DemoData.DemoSignal> signals(LocalDate today) {
        Random random = new Random(20_260_401L);
        List<String[]> who = new ArrayList<>();
        add(who, S, "worker1");
        add(who, N, "worker2");
        add(who, P, "worker3");
        add(who, SN, "worker1", "worker2");
        add(who, SP, "worker1", "worker3");
        add(who, NP, "worker2", "worker3");
        add(who, SNP, "worker1", "worker2", "worker3");
        List<DemoData.DemoSignal> signals = new ArrayList<>();
        for (int child = 0; child < who.size(); child++) {
            String given = GIVEN[child % GIVEN.length] + GIVEN_END[(child / GIVEN.length) % GIVEN_END.length];
            String family = FAMILY[(child * 7) % FAMILY.length] + FAMILY_END[(child / FAMILY.length) % FAMILY_END.length];
            LocalDate born = today.minusYears(10 + random.nextInt(7)).minusDays(random.nextInt(365));
            String region = REGIONS[random.nextInt(REGIONS.length)];
            String sex = random.nextBoolean() ? "F" : "M";
            String concern = CONCERNS[random.nextInt(CONCERNS.length)];
            for (String user : who.get(child)) {
                LocalDate on = today.minusDays(5 + random.nextInt(320));
                signals.add(signal(user, signals.size() + 1, region, on, concern, SITUATIONS[random.nextInt(SITUATIONS.length)],
                        sex, born, given, family, "DEMO-ID-" + (1000 + child)));
            }
        }
        return signals;
    }

    private static void add(List<String[]> who, int children, String... users) {
        for (int i = 0; i < children; i++) who.add(users);
    }

    private static DemoData.DemoSignal signal(String user, int n, String region, LocalDate on, String concern, String situation,
            String sex, LocalDate born, String given, String family, String idNumber) {
        ObjectNode s = JSON.createObjectNode();
        s.put("externalRef", String.format("DEMO-P-%04d", n));
        boolean police = user.equals("worker3");
        s.put("grade", police ? "OFFICIAL" : user.equals("worker1") ? "MAYBE" : "ANECDOTAL");
        s.put("sourceType", police ? "OFFICIAL_RECORD" : user.equals("worker1") ? "PROFESSIONAL_OBSERVATION" : "ORGANISATION_REPORT");
        s.put("informationType", "INCIDENT_OR_NARRATIVE");
        s.putArray("concerns").add(concern);
        s.put("childSituation", situation);
        s.put("region", region);
        s.put("occurredFrom", on.toString());
        s.put("occurredTo", on.toString());
        s.put("childrenCount", 1);
        ObjectNode child = s.putArray("children").addObject();
        child.put("sex", sex);
        child.put("age", java.time.Period.between(born, on).getYears());
        child.put("legalStatus", "UNKNOWN");
        child.putObject("identifiers").put("givenName", given).put("familyName", family)
                .put("dateOfBirth", born.toString()).put("idNumber", idNumber);
        s.put("narrative", "Synthetic demo record for the estimates page: a child met in a situation of risk.");
        return new DemoData.DemoSignal(user, s);
    }
}
