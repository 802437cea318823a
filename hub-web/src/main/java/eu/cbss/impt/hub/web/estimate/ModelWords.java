package eu.cbss.impt.hub.web.estimate;

import eu.cbss.impt.hub.web.i18n.UiText;
import java.util.List;
import java.util.Locale;

/**
 * The lists, interactions and models of one estimate in one language: a list that is one
 * organisation type by its type's label, an interaction such as {@code NGO:POLICE} with those labels.
 */
final class ModelWords {

    private final List<Estimate.NamedList> lists;
    private final Locale locale;

    ModelWords(Estimate estimate, Locale locale) {
        this.lists = estimate.lists();
        this.locale = locale;
    }

    /** Whether the list is named by the caller (types merged or renamed), not one organisation type named by its code. */
    static boolean merged(Estimate.NamedList list) {
        return !(list.organisationTypes().size() == 1 && list.organisationTypes().get(0).equals(list.name()));
    }

    /** A list's name in words: an organisation type's label when the list is one type named by its code. */
    static String listLabel(Estimate.NamedList list, Locale locale) {
        return merged(list) ? list.name() : UiText.find(locale, "organisationType." + list.name()).orElse(list.name());
    }

    /** An interaction as a sentence: being known to one list makes being known to the other more or less likely. */
    String term(String term) {
        String[] ends = ends(term);
        return ends == null ? term : UiText.text(locale, "estimates.model.term", label(ends[0]), label(ends[1]));
    }

    /** A model chosen on the bootstrap's resamples: main effects only, or the pairs of lists it lets depend on each other. */
    String model(Estimate.ModelShare model) {
        if (model.terms().isEmpty()) return UiText.text(locale, "estimates.bootstrap.model.main");
        List<String> pairs = model.terms().stream().map(t -> {
            String[] ends = ends(t);
            return ends == null ? t : UiText.text(locale, "estimates.bootstrap.model.pair", label(ends[0]), label(ends[1]));
        }).toList();
        return UiText.text(locale, "estimates.bootstrap.model.with", String.join("; ", pairs));
    }

    private static String[] ends(String term) {
        if (term == null) return null;
        String[] ends = term.split(":", 2);
        return ends.length < 2 ? null : ends;
    }

    private String label(String name) {
        return lists.stream().filter(l -> l.name().equals(name)).findFirst().map(l -> listLabel(l, locale)).orElse(name);
    }
}
