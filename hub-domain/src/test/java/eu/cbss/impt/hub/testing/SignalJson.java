package eu.cbss.impt.hub.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The body of {@code POST /api/v1/signals} (and a line of an NDJSON import), valid until a test
 * changes it: {@code SignalJson.valid().grade("OFFICIAL").children(SignalJson.child().age(18)).toJson()}.
 * The one builder of signal bodies for every module's tests (a test-jar of hub-domain); each
 * {@link #valid()} has an {@code externalRef} of its own, so that it files a new signal.
 *
 * <p>{@link #set} and {@link #remove} reach any field, for bodies the API must refuse.
 */
public final class SignalJson {

    private final Map<String, Object> fields = new LinkedHashMap<>();

    private SignalJson() {
    }

    /**
     * The API guide's example: an anecdotal observation of two girls begging in EE001 in October 2026,
     * one of them described (14, Romanian) with identifiers, and a narrative.
     */
    public static SignalJson valid() {
        return new SignalJson()
                .externalRef("SIG-" + UUID.randomUUID())
                .grade("ANECDOTAL")
                .sourceType("PROFESSIONAL_OBSERVATION")
                .informationType("INCIDENT_OR_NARRATIVE")
                .concerns("BEGGING", "FORCED_CRIMINALITY")
                .childSituation("SUSPECTED_VICTIM")
                .region("EE001")
                .occurredFrom("2026-10-01")
                .occurredTo("2026-10-14")
                .childrenCount(2)
                .children(child().sex("F").age(14).citizenship("RO").countryOfBirth("RO").recruitmentCountry("RO")
                        .legalStatus("EU_CITIZEN").retrafficked(false)
                        .identifiers("Ionela", "Zamfirescu", "2012-03-05"))
                .narrative("Two girls seen begging at the station every weekend, collected by an adult man.");
    }

    /** A child record with no field yet (every field of a child is optional). */
    public static Child child() {
        return new Child();
    }

    public SignalJson externalRef(String value) {
        return set("externalRef", value);
    }

    public SignalJson grade(String value) {
        return set("grade", value);
    }

    public SignalJson sourceType(String value) {
        return set("sourceType", value);
    }

    public SignalJson informationType(String value) {
        return set("informationType", value);
    }

    public SignalJson concerns(String... values) {
        return set("concerns", List.of(values));
    }

    public SignalJson childSituation(String value) {
        return set("childSituation", value);
    }

    public SignalJson region(String value) {
        return set("region", value);
    }

    public SignalJson occurredFrom(String value) {
        return set("occurredFrom", value);
    }

    public SignalJson occurredFrom(LocalDate value) {
        return set("occurredFrom", value.toString());
    }

    /** The period's end; {@code null} leaves it out (a single day). */
    public SignalJson occurredTo(String value) {
        return value == null ? remove("occurredTo") : set("occurredTo", value);
    }

    public SignalJson occurredTo(LocalDate value) {
        return occurredTo(value == null ? null : value.toString());
    }

    /** A single day: {@code occurredFrom} set, {@code occurredTo} left out. */
    public SignalJson on(String day) {
        return occurredFrom(day).occurredTo((String) null);
    }

    public SignalJson on(LocalDate day) {
        return on(day.toString());
    }

    public SignalJson childrenCount(int value) {
        return set("childrenCount", value);
    }

    public SignalJson narrative(String value) {
        return set("narrative", value);
    }

    /** Replaces the child records (none: no child described). */
    public SignalJson children(Child... children) {
        List<Object> records = new ArrayList<>();
        for (Child c : children) {
            records.add(c.fields);
        }
        return set("children", records);
    }

    /** Adds a child record after those already there. */
    public SignalJson child(Child child) {
        List<Object> records = new ArrayList<>();
        if (fields.get("children") instanceof List<?> existing) {
            records.addAll(existing);
        }
        records.add(child.fields);
        return set("children", records);
    }

    /** Any field, with any value (a String, Number, Boolean, List, Map or null), for bodies that must be refused. */
    public SignalJson set(String field, Object value) {
        fields.put(field, value);
        return this;
    }

    public SignalJson remove(String field) {
        fields.remove(field);
        return this;
    }

    /** The JSON text, on one line (so also an NDJSON line). */
    public String toJson() {
        StringBuilder out = new StringBuilder();
        write(fields, out);
        return out.toString();
    }

    @Override
    public String toString() {
        return toJson();
    }

    /** A child record of a signal. */
    public static final class Child {

        private final Map<String, Object> fields = new LinkedHashMap<>();

        private Child() {
        }

        public Child sex(String value) {
            return set("sex", value);
        }

        public Child age(int value) {
            return set("age", value);
        }

        public Child citizenship(String value) {
            return set("citizenship", value);
        }

        public Child countryOfBirth(String value) {
            return set("countryOfBirth", value);
        }

        public Child recruitmentCountry(String value) {
            return set("recruitmentCountry", value);
        }

        public Child legalStatus(String value) {
            return set("legalStatus", value);
        }

        public Child retrafficked(boolean value) {
            return set("retrafficked", value);
        }

        /** The identifiers that become linkage tokens at intake; a null one is left out. */
        public Child identifiers(String givenName, String familyName, String dateOfBirth) {
            Map<String, Object> ids = identifiers();
            putIfPresent(ids, "givenName", givenName);
            putIfPresent(ids, "familyName", familyName);
            putIfPresent(ids, "dateOfBirth", dateOfBirth);
            return this;
        }

        /** An ID number (a null one is left out). */
        public Child idNumber(String value) {
            if (value != null) {
                identifiers().put("idNumber", value);
            }
            return this;
        }

        public Child set(String field, Object value) {
            fields.put(field, value);
            return this;
        }

        @SuppressWarnings("unchecked")
        private Map<String, Object> identifiers() {
            return (Map<String, Object>) fields.computeIfAbsent("identifiers", k -> new LinkedHashMap<>());
        }

        private static void putIfPresent(Map<String, Object> map, String key, String value) {
            if (value != null) {
                map.put(key, value);
            }
        }
    }

    // ---- a small JSON writer: the values above are only maps, lists, strings, numbers, booleans and null ----

    private static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            String sep = "";
            for (Map.Entry<?, ?> e : map.entrySet()) {
                out.append(sep);
                string(String.valueOf(e.getKey()), out);
                out.append(':');
                write(e.getValue(), out);
                sep = ",";
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            String sep = "";
            for (Object item : list) {
                out.append(sep);
                write(item, out);
                sep = ",";
            }
            out.append(']');
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else {
            string(value.toString(), out);
        }
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
