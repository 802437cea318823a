package eu.cbss.impt.hub.web.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

class SignalRequestJsonTest {

    private static SignalDraft filledDraft() {
        SignalDraft draft = new SignalDraft();
        draft.setExternalRef(" LOCAL-2026-0042 ");
        draft.setGrade("ANECDOTAL");
        draft.setSourceType("PROFESSIONAL_OBSERVATION");
        draft.setInformationType("INCIDENT_OR_NARRATIVE");
        draft.setConcerns(List.of("BEGGING", "FORCED_CRIMINALITY"));
        draft.setChildSituation("SUSPECTED_VICTIM");
        draft.setRegion("EE001");
        draft.setOccurredFrom(LocalDate.of(2026, 10, 1));
        draft.setOccurredTo(LocalDate.of(2026, 10, 14));
        draft.setChildrenCount(2);
        draft.setNarrative("Two girls seen begging at the station.");
        return draft;
    }

    @Test
    void carriesEveryFieldOfTheContract() {
        SignalDraft draft = filledDraft();
        draft.addChild();
        ChildDraft child = draft.getChildren().get(0);
        child.setSex("F");
        child.setAge(14);
        child.setCitizenship("RO");
        child.setCountryOfBirth("RO");
        child.setRecruitmentCountry("RO");
        child.setLegalStatus("EU_CITIZEN");
        child.setRetrafficked(false);
        Identifiers identifiers = new Identifiers();
        identifiers.setGivenName("Ana");
        identifiers.setFamilyName("Popescu");
        identifiers.setDateOfBirth(LocalDate.of(2012, 3, 5));

        JsonObject json = SignalRequestJson.of(draft, List.of(identifiers));

        assertEquals("LOCAL-2026-0042", json.getString("externalRef"));
        assertEquals("ANECDOTAL", json.getString("grade"));
        assertEquals("PROFESSIONAL_OBSERVATION", json.getString("sourceType"));
        assertEquals("INCIDENT_OR_NARRATIVE", json.getString("informationType"));
        assertEquals(2, json.getJsonArray("concerns").size());
        assertEquals("SUSPECTED_VICTIM", json.getString("childSituation"));
        assertEquals("EE001", json.getString("region"));
        assertEquals("2026-10-01", json.getString("occurredFrom"));
        assertEquals("2026-10-14", json.getString("occurredTo"));
        assertEquals(2, json.getInt("childrenCount"));
        JsonObject sent = json.getJsonArray("children").getJsonObject(0);
        assertEquals("F", sent.getString("sex"));
        assertEquals(14, sent.getInt("age"));
        assertEquals("EU_CITIZEN", sent.getString("legalStatus"));
        assertFalse(sent.getBoolean("retrafficked"));
        assertEquals("Ana", sent.getJsonObject("identifiers").getString("givenName"));
        assertEquals("2012-03-05", sent.getJsonObject("identifiers").getString("dateOfBirth"));
        assertEquals("Two girls seen begging at the station.", json.getString("narrative"));
    }

    @Test
    void emptyOptionalFieldsAreLeftOutNotSentEmpty() {
        SignalDraft draft = filledDraft();
        draft.setExternalRef("  ");
        draft.setOccurredTo(null);
        draft.setNarrative("");
        draft.addChild();
        draft.getChildren().get(0).setAgeBand("AGE_12_14");

        JsonObject json = SignalRequestJson.of(draft, List.of(new Identifiers()));

        assertFalse(json.containsKey("externalRef"));
        assertFalse(json.containsKey("occurredTo"));
        assertFalse(json.containsKey("narrative"));
        JsonObject child = json.getJsonArray("children").getJsonObject(0);
        assertEquals("AGE_12_14", child.getString("ageBand"));
        assertFalse(child.containsKey("age"));
        assertFalse(child.containsKey("sex"));
        assertFalse(child.containsKey("retrafficked"));
        assertFalse(child.containsKey("identifiers"), "no identifiers typed, no identifiers object");
    }

    @Test
    void noChildrenMeansNoChildrenArray() {
        JsonObject json = SignalRequestJson.of(filledDraft(), List.of());
        assertFalse(json.containsKey("children"));
        assertTrue(json.containsKey("childrenCount"));
    }

    @Test
    void identifiersFollowTheirRow() {
        SignalDraft draft = filledDraft();
        draft.addChild();
        draft.addChild();
        Identifiers second = new Identifiers();
        second.setFamilyName("Ivanova");

        JsonObject json = SignalRequestJson.of(draft, List.of(new Identifiers(), second));

        assertFalse(json.getJsonArray("children").getJsonObject(0).containsKey("identifiers"));
        JsonObject ids = json.getJsonArray("children").getJsonObject(1).getJsonObject("identifiers");
        assertEquals("Ivanova", ids.getString("familyName"));
        assertFalse(ids.containsKey("givenName"));
    }
}
