package eu.cbss.impt.hub.estimate;

import eu.cbss.impt.hub.mse.OverlapTable;
import eu.cbss.impt.hub.organisation.OrganisationType;
import eu.cbss.impt.hub.validation.FieldError;
import eu.cbss.impt.hub.validation.InvalidInput;
import eu.cbss.impt.hub.validation.JsonFields;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How the filing organisations are grouped into the lists of an estimate. By default each
 * organisation type is a list of its own, named by its code. A caller may merge types:
 * {@code police:POLICE;welfare:SOCIAL_SERVICES,NGO;SCHOOL} is three lists, the last named after its
 * one type. Lists are separated by {@code ;}, a name ends with {@code :}, types are separated by
 * {@code ,}; a type is in at most one list; types in no list are left out of the estimate.
 */
public final class ListGrouping {

    public static final String FIELD = "lists";
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,29}");

    /** One list: its name and the organisation types whose signals put a child on it. */
    public record NamedList(String name, Set<OrganisationType> types) {
        public NamedList {
            types = Collections.unmodifiableSet(EnumSet.copyOf(types));
        }
    }

    private final List<NamedList> lists;
    private final boolean byType;
    private final Map<OrganisationType, String> listOf = new EnumMap<>(OrganisationType.class);

    private ListGrouping(List<NamedList> lists, boolean byType) {
        this.lists = List.copyOf(lists);
        this.byType = byType;
        this.lists.forEach(l -> l.types().forEach(t -> listOf.put(t, l.name())));
    }

    /** Each organisation type a list of its own, named by its code. */
    public static ListGrouping byOrganisationType() {
        List<NamedList> each = new ArrayList<>();
        for (OrganisationType t : OrganisationType.values()) each.add(new NamedList(t.name(), EnumSet.of(t)));
        return new ListGrouping(each, true);
    }

    /** The grouping a caller wrote (see the class comment); blank means by organisation type. */
    public static ListGrouping parse(String text) {
        if (text == null || text.isBlank()) return byOrganisationType();
        List<FieldError> errors = new ArrayList<>();
        Map<String, Set<OrganisationType>> named = new LinkedHashMap<>();
        Map<OrganisationType, String> seen = new EnumMap<>(OrganisationType.class);
        for (String part : text.split(";", -1)) {
            String entry = part.strip();
            if (entry.isEmpty()) {
                errors.add(new FieldError(FIELD, "A list is empty: separate lists with one ';'."));
                continue;
            }
            int colon = entry.indexOf(':');
            String name = colon < 0 ? entry : entry.substring(0, colon).strip();
            String typeText = colon < 0 ? entry : entry.substring(colon + 1);
            if (!NAME.matcher(name).matches()) {
                errors.add(new FieldError(FIELD, "The list name '" + name + "' must start with a letter and have up to 30 "
                        + "letters, digits, '_' or '-'."));
                continue;
            }
            if (named.containsKey(name)) {
                errors.add(new FieldError(FIELD, "The list name " + name + " is used twice."));
                continue;
            }
            Set<OrganisationType> types = EnumSet.noneOf(OrganisationType.class);
            for (String code : typeText.split(",", -1)) {
                OrganisationType type = JsonFields.code(FIELD, code.strip(), OrganisationType.class, errors);
                if (type == null) continue;
                String other = seen.putIfAbsent(type, name);
                if (other != null && !other.equals(name)) {
                    errors.add(new FieldError(FIELD, type + " is in two lists, " + other + " and " + name
                            + "; a child's source must put it on one list."));
                }
                types.add(type);
            }
            if (!types.isEmpty()) named.put(name, types);
        }
        if (errors.isEmpty() && (named.size() < OverlapTable.MIN_LISTS || named.size() > OverlapTable.MAX_LISTS)) {
            errors.add(new FieldError(FIELD, "Give " + OverlapTable.MIN_LISTS + " to " + OverlapTable.MAX_LISTS
                    + " lists; there are " + named.size() + "."));
        }
        if (!errors.isEmpty()) throw new InvalidInput("The grouping of sources into lists is not valid.", errors);
        List<NamedList> lists = new ArrayList<>();
        named.forEach((name, types) -> lists.add(new NamedList(name, types)));
        return new ListGrouping(lists, false);
    }

    public List<NamedList> lists() {
        return lists;
    }

    /** Whether this is the default: one list per organisation type. */
    public boolean isByOrganisationType() {
        return byType;
    }

    /** The list a signal from an organisation of this type puts a child on, if any. */
    public Optional<String> listOf(OrganisationType type) {
        return type == null ? Optional.empty() : Optional.ofNullable(listOf.get(type));
    }

    public Set<OrganisationType> typesOf(String list) {
        return lists.stream().filter(l -> l.name().equals(list)).findFirst().map(NamedList::types).orElse(Set.of());
    }

    /** Written back in the syntax {@link #parse} reads, or {@code ORGANISATION_TYPE} for the default. */
    @Override
    public String toString() {
        if (byType) return "ORGANISATION_TYPE";
        return lists.stream().map(l -> l.name() + ":" + l.types().stream().map(Enum::name).collect(Collectors.joining(",")))
                .collect(Collectors.joining(";"));
    }
}
