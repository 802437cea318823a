package eu.cbss.impt.hub.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.cbss.impt.hub.cluster.Corroboration.Source;
import eu.cbss.impt.hub.organisation.OrganisationType;
import eu.cbss.impt.hub.signal.Grade;
import eu.cbss.impt.hub.signal.SourceType;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorroborationTest {

    static Source source(String org, OrganisationType type, Grade grade, SourceType sourceType) {
        return new Source(org, type, grade, sourceType);
    }

    static final Source SOCIAL = source("ee-tallinn-social-services", OrganisationType.SOCIAL_SERVICES, Grade.ANECDOTAL,
            SourceType.PROFESSIONAL_OBSERVATION);
    static final Source POLICE = source("ee-police-south", OrganisationType.POLICE, Grade.ANECDOTAL,
            SourceType.PROFESSIONAL_OBSERVATION);

    @Test
    void oneAnecdotalSourceStaysAnecdotal() {
        Corroboration c = Corroboration.of(List.of(SOCIAL, SOCIAL));
        assertEquals(Grade.ANECDOTAL, c.assessedGrade());
        assertEquals(1, c.count(), "two signals of one organisation are one source");
        assertFalse(c.officialSource());
    }

    @Test
    void twoIndependentOrganisationsRaiseAnecdotalToMaybe() {
        Corroboration c = Corroboration.of(List.of(SOCIAL, POLICE));
        assertEquals(Grade.MAYBE, c.assessedGrade());
        assertEquals(List.of("ee-police-south", "ee-tallinn-social-services"), c.organisations());
        assertEquals(List.of(OrganisationType.SOCIAL_SERVICES, OrganisationType.POLICE), c.organisationTypes());
        assertEquals(2, c.count());
    }

    @Test
    void aMaybeSignalMakesMaybe() {
        assertEquals(Grade.MAYBE, Corroboration.of(List.of(source("a", null, Grade.MAYBE, SourceType.MEDIA))).assessedGrade());
    }

    @Test
    void anOfficialGradeOrAnOfficialRecordMakesOfficial() {
        Corroboration byGrade = Corroboration.of(List.of(SOCIAL, source("b", OrganisationType.POLICE, Grade.OFFICIAL,
                SourceType.PROFESSIONAL_OBSERVATION)));
        assertEquals(Grade.OFFICIAL, byGrade.assessedGrade());
        assertTrue(byGrade.officialSource());
        Corroboration byRecord = Corroboration.of(List.of(source("b", null, Grade.ANECDOTAL, SourceType.OFFICIAL_RECORD)));
        assertEquals(Grade.OFFICIAL, byRecord.assessedGrade());
        assertTrue(byRecord.officialSource());
        assertEquals(List.of(), byRecord.organisationTypes(), "an organisation not in the register has no type");
    }

    @Test
    void noSignalsIsAnecdotalWithNoSources() {
        Corroboration c = Corroboration.of(List.of());
        assertEquals(Grade.ANECDOTAL, c.assessedGrade());
        assertEquals(0, c.count());
    }
}
