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
 * dependence between the social service and the NGO, which work together. Each organisation reports
 * the children it knows in a region several to a signal (an outreach or case-review report), so the
 * start files about 40 signals, not 230: each organisation's as one NDJSON import ({@link DemoData}),
 * all then accepted by the regional coordinators. Names are made of invented
 * syllables, the ID numbers say DEMO; narratives describe no one. Fixed seed: the same signals at
 * every first start (dated relative to today).
 */
public final class DemoPopulation {

    /** Children seen by exactly these organisations: social service (S), NGO (N), police (P). */
    static final int S = 54, N = 42, P = 32, SN = 22, SP = 13, NP = 10, SNP = 5;
    static final int CHILDREN = S + N + P + SN + SP + NP + SNP;
    /** Children per signal at most: an outreach or case-review report about several children. */
    static final int PER_SIGNAL = 8;

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

    /** An invented child as one organisation reports it. */
    private record Mention(String user, String region, String sex, LocalDate born, String given, String family, String idNumber) {
    }

    /**
     * The population's signals: each organisation reports the children it knows in a region in
     * outreach-style signals of up to {@link #PER_SIGNAL} children (fewer requests keep the start short).
     */
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
        java.util.Map<String, List<Mention>> byUserAndRegion = new java.util.LinkedHashMap<>();
        for (int child = 0; child < who.size(); child++) {
            String given = GIVEN[child % GIVEN.length] + GIVEN_END[(child / GIVEN.length) % GIVEN_END.length];
            String family = FAMILY[(child * 7) % FAMILY.length] + FAMILY_END[(child / FAMILY.length) % FAMILY_END.length];
            LocalDate born = today.minusYears(10 + random.nextInt(7)).minusDays(random.nextInt(365));
            String region = REGIONS[random.nextInt(REGIONS.length)];
            String sex = random.nextBoolean() ? "F" : "M";
            for (String user : who.get(child)) {
                byUserAndRegion.computeIfAbsent(user + " " + region, k -> new ArrayList<>())
                        .add(new Mention(user, region, sex, born, given, family, "DEMO-ID-" + (1000 + child)));
            }
        }
        List<DemoData.DemoSignal> signals = new ArrayList<>();
        for (List<Mention> mentions : byUserAndRegion.values()) {
            for (int i = 0; i < mentions.size(); i += PER_SIGNAL) {
                LocalDate on = today.minusDays(5 + random.nextInt(320));
                signals.add(signal(signals.size() + 1, on, CONCERNS[random.nextInt(CONCERNS.length)],
                        SITUATIONS[random.nextInt(SITUATIONS.length)], mentions.subList(i, Math.min(i + PER_SIGNAL, mentions.size()))));
            }
        }
        return signals;
    }

    private static void add(List<String[]> who, int children, String... users) {
        for (int i = 0; i < children; i++) who.add(users);
    }

    private static DemoData.DemoSignal signal(int n, LocalDate on, String concern, String situation, List<Mention> children) {
        String user = children.get(0).user();
        ObjectNode s = JSON.createObjectNode();
        s.put("externalRef", String.format("DEMO-P-%04d", n));
        boolean police = user.equals("worker3");
        s.put("grade", police ? "OFFICIAL" : user.equals("worker1") ? "MAYBE" : "ANECDOTAL");
        s.put("sourceType", police ? "OFFICIAL_RECORD" : user.equals("worker1") ? "PROFESSIONAL_OBSERVATION" : "ORGANISATION_REPORT");
        s.put("informationType", "INCIDENT_OR_NARRATIVE");
        s.putArray("concerns").add(concern);
        s.put("childSituation", situation);
        s.put("region", children.get(0).region());
        s.put("occurredFrom", on.toString());
        s.put("occurredTo", on.toString());
        s.put("childrenCount", children.size());
        var records = s.putArray("children");
        for (Mention m : children) {
            ObjectNode child = records.addObject();
            child.put("sex", m.sex());
            child.put("age", java.time.Period.between(m.born(), on).getYears());
            child.put("legalStatus", "UNKNOWN");
            child.putObject("identifiers").put("givenName", m.given()).put("familyName", m.family())
                    .put("dateOfBirth", m.born().toString()).put("idNumber", m.idNumber());
        }
        s.put("narrative", "Synthetic demo record for the estimates page: children met in situations of risk.");
        return new DemoData.DemoSignal(user, s);
    }
}
