package eu.cbss.impt.hub.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.cbss.impt.hub.organisation.OrganisationId;
import eu.cbss.impt.hub.organisation.OrganisationLevel;
import eu.cbss.impt.hub.organisation.OrganisationType;
import eu.cbss.impt.hub.reference.Countries;
import eu.cbss.impt.hub.reference.NutsRegion;
import eu.cbss.impt.hub.reference.NutsRegions;
import eu.cbss.impt.hub.signal.ChildSituation;
import eu.cbss.impt.hub.signal.Concern;
import eu.cbss.impt.hub.signal.Grade;
import eu.cbss.impt.hub.signal.InformationType;
import eu.cbss.impt.hub.signal.LegalStatus;
import eu.cbss.impt.hub.signal.Sex;
import eu.cbss.impt.hub.signal.SourceType;
import eu.cbss.impt.hub.signal.SignalSubmissionReader;
import eu.cbss.impt.hub.validation.InvalidInput;
import jakarta.json.Json;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.StringReader;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo organisations, the demo files and decisions, and benchmark signals use the domain's vocabulary, so the API accepts them. */
class DemoDataTest {

    private final NutsRegions regions = NutsRegions.cbss();

    @Test
    void demoSignalsAreValidAndVaried() {
        List<DemoData.DemoSignal> signals = DemoData.signals(LocalDate.now());
        assertTrue(signals.size() >= 12);
        Set<String> refs = new HashSet<>();
        Set<String> users = new HashSet<>();
        Set<String> grades = new HashSet<>();
        Set<String> regionsUsed = new HashSet<>();
        int withIds = 0;
        int withoutIds = 0;
        for (DemoData.DemoSignal s : signals) {
            JsonNode b = s.body();
            assertTrue(refs.add(b.path("externalRef").asText()), "duplicate " + b.path("externalRef"));
            assertTrue(b.path("externalRef").asText().startsWith("DEMO-"));
            users.add(s.username());
            grades.add(b.path("grade").asText());
            regionsUsed.add(b.path("region").asText());
            assertValid(b);
            for (JsonNode c : b.path("children")) {
                if (c.has("identifiers")) {
                    withIds++;
                } else {
                    withoutIds++;
                }
            }
        }
        assertEquals(Set.of("worker1", "worker2", "worker3"), users);
        assertEquals(Set.of("OFFICIAL", "MAYBE", "ANECDOTAL"), grades);
        assertTrue(regionsUsed.containsAll(Set.of("EE001", "EE008", "EE00A")), regionsUsed.toString());
        assertTrue(withIds > 0 && withoutIds > 0);
        Set<String> identified = new HashSet<>();
        Set<String> twice = new HashSet<>();
        for (DemoData.DemoSignal s : signals) {
            for (JsonNode c : s.body().path("children")) {
                if (c.has("identifiers") && !identified.add(c.path("identifiers").toString())) {
                    twice.add(c.path("identifiers").path("givenName").asText());
                }
            }
        }
        assertFalse(twice.isEmpty(), "two organisations report one child, so that linkage has something to find");
    }

    /** Each line of each demo file is what the hub's own reader accepts, on the day the files are dated and a year later. */
    @Test
    void everyLineOfTheDemoFilesIsASignalTheDomainAccepts() {
        for (LocalDate today : List.of(DemoData.FILES_DATED, DemoData.FILES_DATED.plusDays(400))) {
            SignalSubmissionReader reader = new SignalSubmissionReader(
                    Clock.fixed(today.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
            for (DemoData.DemoSignal s : DemoData.signals(today)) {
                try {
                    reader.read(Json.createReader(new StringReader(s.body().toString())).readObject());
                } catch (InvalidInput e) {
                    throw new AssertionError(s.username() + ".ndjson, " + s.body().path("externalRef").asText() + ": " + e.errors(), e);
                }
            }
        }
    }

    /** The files' dates move with today: the period and the dates of birth alike, so every age stays as written. */
    @Test
    void theDatesOfTheFilesMoveWithToday() {
        List<DemoData.DemoSignal> asWritten = DemoData.signals(DemoData.FILES_DATED);
        List<DemoData.DemoSignal> later = DemoData.signals(DemoData.FILES_DATED.plusDays(100));
        assertEquals(asWritten.size(), later.size());
        for (int i = 0; i < asWritten.size(); i++) {
            JsonNode a = asWritten.get(i).body();
            JsonNode b = later.get(i).body();
            assertEquals(LocalDate.parse(a.path("occurredFrom").asText()).plusDays(100), LocalDate.parse(b.path("occurredFrom").asText()));
            assertEquals(a.path("narrative"), b.path("narrative"));
            for (int c = 0; c < a.path("children").size(); c++) {
                JsonNode dob = a.path("children").get(c).path("identifiers").path("dateOfBirth");
                if (!dob.isMissingNode()) {
                    assertEquals(LocalDate.parse(dob.asText()).plusDays(100),
                            LocalDate.parse(b.path("children").get(c).path("identifiers").path("dateOfBirth").asText()));
                }
            }
        }
    }

    /** Every decision names a signal of a demo file of that organisation, and the coordinator of its region takes it. */
    @Test
    void everyDecisionIsOnADemoSignalOfTheReviewersRegion() throws Exception {
        Map<String, String> organisationOf = new HashMap<>();
        try (InputStream in = DemoDataTest.class.getResourceAsStream("/realm/impt-demo-overlay.json")) {
            JsonNode overlay = new com.fasterxml.jackson.databind.ObjectMapper().readTree(in);
            overlay.path("users").forEach(u -> organisationOf.put(u.path("username").asText(),
                    u.path("attributes").path("organisation").path(0).asText()));
        }
        Map<String, String> fileOf = new HashMap<>();
        DemoData.signals(LocalDate.now()).forEach(s -> fileOf.put(organisationOf.get(s.username()) + " "
                + s.body().path("externalRef").asText(), s.username()));
        Set<String> decided = new HashSet<>();
        List<DemoData.Decision> decisions = DemoData.decisions();
        assertTrue(decisions.size() >= 6, decisions.toString());
        for (DemoData.Decision d : decisions) {
            String filer = fileOf.get(d.organisation() + " " + d.externalRef());
            assertTrue(filer != null, "no demo signal " + d.externalRef() + " of " + d.organisation());
            assertEquals(DemoData.reviewerOf(filer), d.reviewer(), d.externalRef());
            assertTrue(decided.add(d.organisation() + " " + d.externalRef()), "decided twice: " + d.externalRef());
            assertTrue(Set.of("ACCEPT", "RETURN", "REJECT").contains(d.decision()), d.decision());
            assertTrue(d.decision().equals("ACCEPT") || (d.message() != null && !d.message().isBlank()), "a question or a reason: " + d);
        }
        assertTrue(decisions.stream().anyMatch(d -> d.decision().equals("RETURN")), "a returned signal waits for an answer");
        assertTrue(decided.size() < fileOf.size(), "some demo signals wait in the review queues");
    }

    @Test
    void everyDemoUsersOrganisationIsADemoOrganisation() throws Exception {
        Set<String> named = new TreeSet<>();
        try (InputStream in = DemoDataTest.class.getResourceAsStream("/realm/impt-demo-overlay.json")) {
            JsonNode overlay = new com.fasterxml.jackson.databind.ObjectMapper().readTree(in);
            overlay.path("users").forEach(u -> u.path("attributes").path("organisation").forEach(o -> named.add(o.asText())));
        }
        assertTrue(named.size() >= 9, named.toString());
        Set<String> registered = new TreeSet<>();
        DemoData.ORGANISATIONS.forEach(o -> assertTrue(registered.add(o.id()), "twice: " + o.id()));
        assertEquals(named, registered, "the demo organisations are exactly those the demo users' accounts name");
    }

    @Test
    void demoOrganisationsAreValid() {
        for (DemoData.DemoOrganisation o : DemoData.ORGANISATIONS) {
            JsonNode b = o.body();
            assertTrue(OrganisationId.isValid(b.path("id").asText()), o.id());
            assertTrue(b.path("name").asText().endsWith("(demo)") && b.path("name").asText().length() <= 200, o.name());
            OrganisationType type = OrganisationType.valueOf(b.path("type").asText());
            OrganisationLevel level = OrganisationLevel.valueOf(b.path("level").asText());
            NutsRegion region = regions.find(b.path("region").asText()).orElseThrow(() -> new AssertionError(o.id() + " " + o.region()));
            if (level != OrganisationLevel.NATIONAL) {
                assertTrue(region.level() > 0, "a local or regional organisation has a region inside the country: " + o.id());
            }
            assertTrue(type != OrganisationType.PARTNER_HUB || !region.country().equals("EE"), o.id());
            assertTrue(!b.has("network") || b.path("network").asText().length() <= 200, o.id());
        }
    }

    @Test
    void benchmarkSignalIsValid() {
        ObjectNode s = IntakeBench.signal("BENCH-X-0-1", new SecureRandom());
        assertValid(s);
        assertEquals(1, s.path("children").size());
        assertTrue(s.path("children").get(0).has("identifiers"));
    }

    void assertValid(JsonNode b) {
        Grade.valueOf(b.path("grade").asText());
        SourceType.valueOf(b.path("sourceType").asText());
        InformationType.valueOf(b.path("informationType").asText());
        ChildSituation.valueOf(b.path("childSituation").asText());
        assertFalse(b.path("concerns").isEmpty());
        b.path("concerns").forEach(c -> Concern.valueOf(c.asText()));
        assertTrue(regions.find(b.path("region").asText()).isPresent(), b.path("region").asText());
        LocalDate from = LocalDate.parse(b.path("occurredFrom").asText());
        LocalDate to = LocalDate.parse(b.path("occurredTo").asText());
        assertFalse(to.isBefore(from));
        assertFalse(to.isAfter(LocalDate.now()));
        assertTrue(b.path("childrenCount").asInt() >= b.path("children").size());
        assertTrue(b.path("narrative").asText().length() < 20_000);
        for (JsonNode c : b.path("children")) {
            Sex.valueOf(c.path("sex").asText());
            LegalStatus.valueOf(c.path("legalStatus").asText());
            int age = c.path("age").asInt(-1);
            assertTrue(age >= 0 && age <= 17, "age " + age);
            for (String f : List.of("citizenship", "countryOfBirth", "recruitmentCountry")) {
                if (c.has(f)) {
                    assertTrue(Countries.isValid(c.path(f).asText()), f + " " + c.path(f));
                }
            }
        }
    }
}
