package eu.cbss.impt.hub.web.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;

import jakarta.json.Json;

import org.junit.jupiter.api.Test;

class VocabularyTest {

    @Test
    void readsTheCodeListsWithDefinitionsAndRegionLevels() {
        Vocabulary vocabulary = Vocabulary.from(Json.createReader(new StringReader("""
                {"grades":[{"code":"OFFICIAL","label":"Official data","definition":"Convictions, governmental and police reports."},
                           {"code":"MAYBE","label":"Maybe","definition":"Reports from several sources, as yet unsubstantiated."}],
                 "concerns":[{"code":"BEGGING","label":"Begging","definition":"…","eurostatForm":"BEG"}],
                 "regions":[{"code":"EE001","label":"Põhja-Eesti","level":3},{"code":"EE","label":"Eesti","level":1},
                            {"code":"EE0","label":"Eesti","level":2}],
                 "countries":[{"code":"RO","label":"Romania"}]}
                """)).readObject());

        assertEquals(2, vocabulary.terms(CodeList.GRADE).size());
        assertEquals("Convictions, governmental and police reports.",
                vocabulary.term(CodeList.GRADE, "OFFICIAL").orElseThrow().definition());
        assertEquals("EE", vocabulary.terms(CodeList.REGION).get(0).code(), "regions in hierarchy order");
        assertEquals(3, vocabulary.term(CodeList.REGION, "EE001").orElseThrow().level());
        assertTrue(vocabulary.terms(CodeList.SEX).isEmpty());
        assertEquals(5, vocabulary.terms(CodeList.REVIEW_STATUS).size(), "the five states a signal can be in");
    }

    @Test
    void everyCodeListHasAPrefix() {
        for (CodeList list : CodeList.values()) {
            assertEquals(list, CodeList.byPrefix(list.prefix()));
        }
    }
}
