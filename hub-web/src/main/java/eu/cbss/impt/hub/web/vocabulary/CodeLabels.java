package eu.cbss.impt.hub.web.vocabulary;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import eu.cbss.impt.hub.web.api.ApiFailures;
import eu.cbss.impt.hub.web.api.ApiProblem;
import eu.cbss.impt.hub.web.i18n.UiText;

/**
 * Human words for codes, for the pages ({@code #{codes.label('grade', s.grade)}}): the bundle's
 * label in the user's language first (countries, outside English: Java's name for the country in
 * that language), then the API's label, then the code itself. Help text is
 * the vocabulary's definition, or the bundle's {@code .help} text when the API has none.
 * Also gives the code lists for selects ({@code #{codes.terms('concern')}}).
 */
@Named("codes")
@RequestScoped
public class CodeLabels {

    @Inject
    VocabularyCache cache;

    @Inject
    ApiFailures failures;

    private Vocabulary vocabulary;

    public Vocabulary vocabulary() {
        if (vocabulary == null) {
            try {
                vocabulary = cache.get();
            } catch (ApiProblem problem) {
                vocabulary = Vocabulary.EMPTY;
                failures.show(problem);
            }
        }
        return vocabulary;
    }

    /** {@code f:viewAction}: fetch the vocabulary before the page is drawn, so a failure can still be shown. */
    public void preload() {
        vocabulary();
    }

    public List<Term> terms(String list) {
        return vocabulary().terms(CodeList.byPrefix(list));
    }

    public String label(String list, String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        CodeList codeList = CodeList.byPrefix(list);
        if (codeList != CodeList.REGION && codeList != CodeList.COUNTRY) {
            var fromBundle = UiText.find(codeList.prefix() + "." + code);
            if (fromBundle.isPresent()) {
                return fromBundle.get();
            }
        }
        if (codeList == CodeList.COUNTRY && !Locale.ENGLISH.getLanguage().equals(UiText.locale().getLanguage())) {
            // the API's country labels are English; in another language Java's own names ("Läti")
            String name = countryName(code);
            if (!name.equals(code)) {
                return name;
            }
        }
        var term = vocabulary().term(codeList, code);
        if (term.isPresent() && term.get().label() != null) {
            return term.get().label();
        }
        if (codeList == CodeList.COUNTRY) {
            return countryName(code);
        }
        return code;
    }

    private static String countryName(String code) {
        String name = new Locale("", code).getDisplayCountry(UiText.locale());
        return name.isBlank() || name.equals(code) ? code : name;
    }

    /** A region or country with its code, so that both the name and the NUTS/ISO code are visible. */
    public String labelWithCode(String list, String code) {
        String label = label(list, code);
        return label.isEmpty() || label.equals(code) ? label : label + " (" + code + ")";
    }

    public String labels(String list, Collection<String> codes) {
        if (codes == null) {
            return "";
        }
        return codes.stream().map(code -> label(list, code)).collect(Collectors.joining(", "));
    }

    public String definition(String list, String code) {
        if (code == null) {
            return "";
        }
        CodeList codeList = CodeList.byPrefix(list);
        return vocabulary().term(codeList, code).map(Term::definition).filter(text -> !text.isBlank())
                .or(() -> UiText.find(codeList.prefix() + "." + code + ".help"))
                .orElse("");
    }

    /** "Official data: Convictions, governmental and police reports." for a choice with its help text. */
    public String labelWithDefinition(String list, String code) {
        String label = label(list, code);
        String definition = definition(list, code);
        return definition.isEmpty() ? label : label + ": " + definition;
    }

    public String yesNo(Boolean value) {
        if (value == null) {
            return UiText.text("value.unknown");
        }
        return UiText.text(value ? "value.yes" : "value.no");
    }

    public String date(LocalDate date) {
        return date == null ? "" : date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(UiText.locale()));
    }

    public String dateTime(OffsetDateTime time) {
        return time == null ? "" : time.format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(UiText.locale()));
    }
}
