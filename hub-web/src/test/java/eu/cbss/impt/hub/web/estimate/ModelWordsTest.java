package eu.cbss.impt.hub.web.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The lists, interactions and models of an estimate in words, in English and Estonian. */
class ModelWordsTest {

    private static final Estimate ESTIMATE = Estimate.from(Json.createReader(new StringReader("""
            {"lists": [{"name": "SOCIAL_SERVICES", "organisationTypes": ["SOCIAL_SERVICES"], "children": 18},
                       {"name": "welfare", "organisationTypes": ["NGO", "SCHOOL"], "children": 16},
                       {"name": "POLICE", "organisationTypes": ["POLICE"], "children": 15}],
             "observed": 35, "estimable": true}
            """)).readObject());

    private static final Locale ESTONIAN = Locale.forLanguageTag("et");

    private static Estimate.ModelShare model(String... terms) {
        return new Estimate.ModelShare("main effects", List.of(terms), 10, 0.1, false);
    }

    @Test
    void aListOfOneTypeIsCalledByTheTypesLabelAMergedOneByItsName() {
        assertFalse(ModelWords.merged(ESTIMATE.lists().get(0)));
        assertTrue(ModelWords.merged(ESTIMATE.lists().get(1)));
        assertEquals("Social services", ModelWords.listLabel(ESTIMATE.lists().get(0), Locale.ENGLISH));
        assertEquals("welfare", ModelWords.listLabel(ESTIMATE.lists().get(1), Locale.ENGLISH));
    }

    @Test
    void anInteractionIsASentenceWithTheListsLabels() {
        assertEquals("Being known to Social services makes being known to Police more or less likely than chance",
                new ModelWords(ESTIMATE, Locale.ENGLISH).term("SOCIAL_SERVICES:POLICE"));
        assertEquals("odd", new ModelWords(ESTIMATE, Locale.ENGLISH).term("odd"), "not an interaction: as it is");
    }

    @Test
    void aModelChosenOnTheResamplesNamesThePairsOfListsItLetsDependOnEachOther() {
        ModelWords words = new ModelWords(ESTIMATE, Locale.ENGLISH);
        assertEquals("Main effects only", words.model(model()));
        assertEquals("Dependences between Social services and welfare; welfare and Police",
                words.model(model("SOCIAL_SERVICES:welfare", "welfare:POLICE")));
        ModelWords estonian = new ModelWords(ESTIMATE, ESTONIAN);
        assertEquals("Ainult peamõjud", estonian.model(model()));
        assertEquals("Sõltuvused: Sotsiaalteenused ja welfare", estonian.model(model("SOCIAL_SERVICES:welfare")));
    }
}
