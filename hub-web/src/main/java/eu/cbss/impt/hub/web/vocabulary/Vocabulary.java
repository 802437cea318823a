package eu.cbss.impt.hub.web.vocabulary;

import java.io.Serializable;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.json.JsonObject;

import eu.cbss.impt.hub.web.api.JsonValues;

/** The code lists of the hub ({@code GET /v1/vocabulary}), read once and shared. */
public final class Vocabulary implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final Vocabulary EMPTY = new Vocabulary(Map.of());

    /** The fixed review states (the contract names them; the vocabulary does not carry them). */
    static final List<Term> REVIEW_STATUSES = List.of(
            new Term("SUBMITTED", null, null, null), new Term("ACCEPTED", null, null, null),
            new Term("RETURNED", null, null, null), new Term("REJECTED", null, null, null),
            new Term("WITHDRAWN", null, null, null));

    private final Map<CodeList, List<Term>> lists;

    private Vocabulary(Map<CodeList, List<Term>> lists) {
        this.lists = lists;
    }

    public static Vocabulary from(JsonObject json) {
        Map<CodeList, List<Term>> lists = new EnumMap<>(CodeList.class);
        for (CodeList list : CodeList.values()) {
            if (list.member() != null) {
                List<Term> terms = JsonValues.objects(json, list.member()).stream().map(Term::from)
                        .filter(term -> term.code() != null).toList();
                if (list == CodeList.REGION) {
                    terms = terms.stream().sorted(Comparator.comparing(Term::code)).toList();
                }
                lists.put(list, terms);
            }
        }
        return new Vocabulary(lists);
    }

    public List<Term> terms(CodeList list) {
        if (list == CodeList.REVIEW_STATUS) {
            return REVIEW_STATUSES;
        }
        return lists.getOrDefault(list, List.of());
    }

    public Optional<Term> term(CodeList list, String code) {
        return terms(list).stream().filter(term -> term.code().equals(code)).findFirst();
    }
}
