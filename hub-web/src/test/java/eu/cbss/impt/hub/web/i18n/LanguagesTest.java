package eu.cbss.impt.hub.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class LanguagesTest {

    @Test
    void englishIsTheDefault() {
        assertEquals(Locale.ENGLISH, Languages.SUPPORTED.get(0));
        assertEquals(Locale.ENGLISH, Languages.preferred(List.<Locale>of().iterator()));
        assertEquals(Locale.ENGLISH, Languages.preferred(null));
        assertEquals(Locale.ENGLISH, Languages.preferred(List.of(Locale.FRENCH, Locale.GERMAN).iterator()));
    }

    @Test
    void anEstonianBrowserGetsEstonian() {
        assertEquals(Languages.ESTONIAN, Languages.preferred(List.of(Locale.forLanguageTag("et-EE"), Locale.ENGLISH).iterator()));
        assertEquals(Languages.ESTONIAN, Languages.preferred(List.of(Locale.forLanguageTag("fi"), Locale.forLanguageTag("et")).iterator()));
        assertEquals(Locale.ENGLISH, Languages.preferred(List.of(Locale.forLanguageTag("en-GB"), Locale.forLanguageTag("et")).iterator()));
    }

    @Test
    void onlySupportedLanguagesAreAccepted() {
        assertEquals(Languages.ESTONIAN, Languages.supported("et").orElseThrow());
        assertEquals(Languages.ESTONIAN, Languages.supported("et_EE").orElseThrow());
        assertEquals(Locale.ENGLISH, Languages.supported("EN").orElseThrow());
        assertTrue(Languages.supported("fi").isEmpty());
        assertTrue(Languages.supported("").isEmpty());
        assertTrue(Languages.supported((String) null).isEmpty());
        assertTrue(Languages.supported("<script>").isEmpty());
    }

    @Test
    void theSwitchKeepsThePageAndItsParameters() {
        assertEquals("/index.xhtml?lang=et", Languages.switchLink("/index.xhtml", null, "et"));
        assertEquals("/signals/view.xhtml?id=7&filed=true&lang=et",
                Languages.switchLink("/signals/view.xhtml", "id=7&lang=en&filed=true", "et"));
        assertEquals("/logged-out.xhtml?reason=expired&lang=en", Languages.switchLink("/logged-out.xhtml", "reason=expired&lang=et&lang=et", "en"));
        assertEquals("/?lang=en", Languages.switchLink("", "", "en"));
        assertEquals("/x?language=fi&lang=et", Languages.switchLink("/x", "language=fi", "et"));
    }

    @Test
    void aChoiceIsOnlyASupportedLanguage() {
        LanguageChoice choice = new LanguageChoice();
        assertTrue(choice.chosen().isEmpty());
        choice.choose(Locale.forLanguageTag("et-EE"));
        assertEquals(Languages.ESTONIAN, choice.chosen().orElseThrow());
        choice.choose(Locale.FRENCH);
        assertTrue(choice.chosen().isEmpty());
    }
}
